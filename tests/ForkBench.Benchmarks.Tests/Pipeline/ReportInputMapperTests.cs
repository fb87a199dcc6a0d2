using ForkBench.Benchmarks.Pipeline;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Tests.Pipeline;

public class ReportInputMapperTests
{
    private static Measurement M(string id, double factor, params (string Name, string Value)[] parameters) =>
        MeasurementFactory.Create(id, parameters.ToDictionary(p => p.Name, p => p.Value), SampleUnit.Nanoseconds, RunFiles.Scaled(factor));

    private static RunDocument Run(params Measurement[] measurements) =>
        RunFiles.Document("r1", new Dictionary<string, double[]>()) with { Measurements = measurements };

    [Fact]
    public void NativePointsBecomeOneSeriesPerScenarioOrderedBySize()
    {
        var run = Run(
            M("native/fork/anon-4k/pin=none/rss=1gib", 16, ("spawn", "fork"), ("scenario", "anon-4k/pin=none/rss=1gib")),
            M("native/fork/anon-4k/pin=none/rss=64mib", 1, ("spawn", "fork"), ("scenario", "anon-4k/pin=none/rss=64mib")),
            M("native/fork/anon-4k/pin=all/rss=64mib", 30, ("spawn", "fork"), ("scenario", "anon-4k/pin=all/rss=64mib")),
            M("native/fork-cpu/anon-4k/pin=all/rss=64mib", 3, ("spawn", "fork"), ("scenario", "anon-4k/pin=all/rss=64mib"), ("metric", "cpu")),
            M("native/fork/floor", 0.5));

        var input = ReportInputMapper.Map(run, comparison: null);

        var plain = Assert.Single(input.Latency, s => s.Name == "4 KiB");
        Assert.Equal([64L << 20, 1L << 30], plain.Points.Select(p => p.SizeBytes));
        // The steady sample's middle two are 100 and 100.1: a median of 100.05, times 16.
        Assert.Equal(16 * 100.05, plain.Points[1].MedianNs, 9);
        Assert.Contains(input.Latency, s => s.Name == "4 KiB pinned");
        Assert.Equal(2, input.Latency.Count); // the floor has no size and the CPU time is not latency: neither is a series point
        Assert.Contains("4 KiB pinned", input.ChartScenarios!);
    }

    [Fact]
    public void The_fork_per_walk_figures_become_their_own_rows_and_no_latency_point()
    {
        Measurement PerWalk(string tail, double factor) => MeasurementFactory.Create($"native/fork-per-walk/{tail}",
            new Dictionary<string, string> { ["spawn"] = "fork", ["scenario"] = tail, ["metric"] = "per-walk" }, SampleUnit.Multiple, RunFiles.Scaled(factor));
        var run = Run(
            M("native/fork/anon-4k/pin=none/rss=1gib", 16, ("spawn", "fork"), ("scenario", "anon-4k/pin=none/rss=1gib")),
            PerWalk("anon-4k/pin=none/rss=1gib", 0.015),
            PerWalk("file-private/pin=none/rss=64mib", 0.016));

        var input = ReportInputMapper.Map(run, comparison: null);

        Assert.Equal([("4 KiB", 1L << 30), ("file private", 64L << 20)], input.PerWalks.Select(r => (r.Scenario, r.SizeBytes)));
        Assert.Equal(0.015 * 100.05, input.PerWalks[0].Median, 9);
        Assert.Equal(RunFiles.Scaled(1).Length, input.PerWalks[0].Rounds);
        Assert.Single(Assert.Single(input.Latency).Points);
    }

    [Fact]
    public void PointsCarryTheMediansIntervalAndNoneWhereTheSampleIsTooSmall()
    {
        Measurement Native(string size, double[] samples) => MeasurementFactory.Create($"native/fork/anon-4k/pin=none/rss={size}",
            new Dictionary<string, string> { ["spawn"] = "fork", ["scenario"] = $"anon-4k/pin=none/rss={size}" }, SampleUnit.Nanoseconds, samples);
        Measurement Model(string variant, double[] samples) => MeasurementFactory.Create($"model/fork-layout/{variant}/anon-4k/pin=none/rss=1gib",
            new Dictionary<string, string> { ["variant"] = variant, ["scenario"] = "anon-4k/pin=none/rss=1gib" }, SampleUnit.Nanoseconds, samples);
        var run = Run(
            Native("64mib", [5e6, 1e6, 4e6, 2e6, 3e6]),
            Native("128mib", [5e6, 1e6, 4e6, 2e6, 3e6, 6e6]),
            Model("v5.8", [5, 1, 4, 2, 3]),
            Model("pte-batch-6.9", [5, 1, 4, 2, 3, 6]));

        var input = ReportInputMapper.Map(run, comparison: null);

        var points = Assert.Single(input.Latency).Points;
        Assert.Equal((3e6, (double?)null, (double?)null), (points[0].MedianNs, points[0].LowNs, points[0].HighNs));
        Assert.Equal((3.5e6, (double?)1e6, (double?)6e6), (points[1].MedianNs, points[1].LowNs, points[1].HighNs));
        Assert.Equal([(3.0, (double?)null, (double?)null), (3.5, 1, 6)], input.Model.Select(r => (r.NsPerPte, r.LowNsPerPte, r.HighNsPerPte)));
    }

    [Fact]
    public void A_document_of_an_older_version_still_reports_its_native_series()
    {
        // Old ids, no scenario parameter: read through the serializer, as a file is.
        var old = Run(
            M("native/fork/anon-4k/pin=io_uring/rss=1024MiB", 16, ("spawn", "fork")),
            M("native/fork/anon-4k/pin=io_uring/rss=64MiB", 1, ("spawn", "fork")));
        var read = ForkBench.Results.Serialization.RunDocumentSerializer.Deserialize(ForkBench.Results.Serialization.RunDocumentSerializer.Serialize(old), "old.json");

        var input = ReportInputMapper.Map(read, comparison: null);

        var pinned = Assert.Single(input.Latency);
        Assert.Equal("4 KiB pinned", pinned.Name);
        Assert.Equal([64L << 20, 1L << 30], pinned.Points.Select(p => p.SizeBytes));
        Assert.Equal(["native/fork/anon-4k/pin=all/rss=1gib", "native/fork/anon-4k/pin=all/rss=64mib"], read.Measurements.Select(m => m.Id));
    }

    [Fact]
    public void ModelHeadlineRowsComeInKernelOrderWithTheirCounts()
    {
        var counts = new Dictionary<string, long> { ["ptes"] = 262144, ["lockedRmws"] = 3 * 262144, ["atomicReads"] = 0, ["pagesCopied"] = 0, ["lockCycles"] = 0 };
        var run = Run(
            M("model/fork-layout/fork-1gib/layout=4k/pins=none/variant=pte-batch-6.9", 0.5, ("variant", "pte-batch-6.9"), ("layout", "4k"), ("pins", "none")),
            M("model/fork-layout/fork-1gib/layout=4k/pins=none/variant=v5.8", 0.35, ("variant", "v5.8"), ("layout", "4k"), ("pins", "none")) with { Counts = counts },
            M("model/fork-layout/fork-1gib/layout=thp-pmd/pins=all/variant=v5.8", 0.004, ("variant", "v5.8"), ("layout", "thp-pmd"), ("pins", "all")),
            M("model/floor/floor-1gib/placement=contiguous/wrprotect=false", 0.3));
        // Written with the ids of an older version: read as a file is, under today's ids.
        var read = ForkBench.Results.Serialization.RunDocumentSerializer.Deserialize(ForkBench.Results.Serialization.RunDocumentSerializer.Serialize(run), "old.json");

        var input = ReportInputMapper.Map(read, comparison: null);

        Assert.Contains(read.Measurements, m => m.Id == "model/fork-layout/v5.8/anon-thp/pin=all/rss=1gib");
        Assert.Equal(["v5.8", "pte-batch-6.9", "v5.8"], input.Model.Select(r => r.Variant));
        Assert.Equal(["4K unpinned", "4K unpinned", "THP pinned"], input.Model.Select(r => r.Group));
        Assert.Equal(3.0, input.Model[0].Counts!.AtomicsPerPte, 6);
        Assert.Equal(30, input.Floor!.NsPerPte, 0);
    }

    [Fact]
    public void ComparisonRowsCarryTheVerdicts()
    {
        var baseline = Run(M("native/fork/anon-4k/pin=none/rss=64MiB", 1));
        var current = Run(M("native/fork/anon-4k/pin=none/rss=64MiB", 1.5));
        var comparison = RunComparer.Compare(baseline, current, ComparisonOptions.Default);

        var row = Assert.Single(ReportInputMapper.Map(current, comparison).Comparison);

        Assert.Equal(ForkBench.Results.Comparison.Verdict.Slower, row.Verdict);
        Assert.Equal(50, row.ChangePercent, 0);
    }

    [Fact]
    public void ComparisonRowsAreLabelledFromTheirParameters()
    {
        Measurement[] Both(double factor) =>
        [
            M("native/fork/anon-4k/pin=all/rss=1gib", factor, ("spawn", "fork"), ("scenario", "anon-4k/pin=all/rss=1gib"), ("metric", "wall")),
            M("native/vfork-cpu/anon-4k/pin=all/rss=64mib", factor, ("spawn", "vfork"), ("scenario", "anon-4k/pin=all/rss=64mib"), ("metric", "cpu")),
            M("model/fork-layout/v5.8/anon-thp/pin=all/rss=1gib", factor, ("variant", "v5.8"), ("scenario", "anon-thp/pin=all/rss=1gib")),
        ];
        var current = Run(Both(1.5));
        var comparison = RunComparer.Compare(Run(Both(1)), current, ComparisonOptions.Default);

        var rows = ReportInputMapper.Map(current, comparison).Comparison;

        Assert.Equal(["4 KiB pinned 1 GiB", "vfork, pinned 64 MiB cpu", "v5.8 THP pinned 1 GiB"], rows.Select(r => r.Label));
        Assert.Equal(current.Measurements.Select(m => m.Id), rows.Select(r => r.Id));
    }

    [Fact]
    public void WhereTheIdDisagreesWithItsParametersTheLabelFollowsTheParameters()
    {
        // The id says 4 KiB unpinned at 64 MiB; the parameters, which are what was measured, say THP pinned at 1 GiB.
        Measurement Odd(double factor) => M("native/fork/anon-4k/pin=none/rss=64mib", factor,
            ("spawn", "fork"), ("scenario", "anon-thp/pin=all/rss=1gib"), ("metric", "exit-reap"));
        var current = Run(Odd(1.5));
        var comparison = RunComparer.Compare(Run(Odd(1)), current, ComparisonOptions.Default);

        var row = Assert.Single(ReportInputMapper.Map(current, comparison).Comparison);

        Assert.Equal("THP pinned 1 GiB exit+reap", row.Label);
        Assert.Equal("native/fork/anon-4k/pin=none/rss=64mib", row.Id);
    }

    [Fact]
    public void The_runs_note_names_the_pooled_runs_and_the_median_run_limit_or_asks_for_three_runs()
    {
        RunDocument Day(int day, double factor) => RunFiles.Document($"r{day}", new Dictionary<string, double[]> { ["model/fork/a"] = RunFiles.Scaled(factor), ["model/fork/b"] = RunFiles.Scaled(2 * factor) }, day: day);
        RunDocument pooled = Results.Baselines.ReplicatedRun.Merge([Day(1, 1.00), Day(2, 1.02), Day(3, 0.98)]);

        string replicated = ReportInputMapper.RunsNote(RunComparer.Compare(pooled, Day(4, 1), ComparisonOptions.Default));
        string single = ReportInputMapper.RunsNote(RunComparer.Compare(Day(1, 1), Day(4, 1), ComparisonOptions.Default));

        Assert.StartsWith("The baseline pools 3 runs.", replicated);
        Assert.Matches(@"the median run limit here is \+-\d+%", replicated);
        Assert.StartsWith("The baseline is one run", single);
    }
}
