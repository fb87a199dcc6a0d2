using ForkBench.Benchmarks.Model;
using ForkBench.Benchmarks.Pipeline;
using ForkBench.Kernel.Fork;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;

namespace ForkBench.Benchmarks.Tests.Pipeline;

public class FloorRatioMeasurementTests
{
    [Fact]
    public void Each_rounds_ratio_is_a_sample_under_an_id_of_its_own_family()
    {
        var rounds = new PairedFloorRounds("model/fork-size/v5.8/anon-4k/pin=none/rss=1gib",
            "model/floor/floor-1gib/placement=contiguous/wrprotect=true", "anon-4k/pin=none/rss=1gib",
            [30, 33, 36], [25, 30, 30]);

        Measurement m = FloorRatioMeasurement.ToMeasurement(CopyVariant.V5_8, rounds);

        Assert.Equal("model/floor-ratio/v5.8/anon-4k/pin=none/rss=1gib", m.Id);
        Assert.Equal(FloorRatioMeasurement.Family, RunToRunNoise.FamilyOf(m.Id));
        Assert.Equal(SampleUnit.Multiple, m.Unit);
        Assert.Equal([1.2, 1.1, 1.2], m.Samples.Select(s => Math.Round(s, 9)));
        Assert.Equal("v5.8", m.Parameters["variant"]);
        Assert.Equal("anon-4k/pin=none/rss=1gib", m.Parameters["scenario"]);
        Assert.Equal(rounds.FloorId, m.Parameters["floor"]);
        Assert.Equal(rounds.ForkId, m.Parameters["fork"]);
    }

    [Fact]
    public void Paired_rounds_time_the_suites_own_fork_and_floor_once_per_counted_round()
    {
        var starts = new List<int>();

        PairedFloorRounds rounds = PairedFloorRounds.Measure(CopyVariant.V5_8, oneGiB: false, rounds: 6, (round, total) =>
        {
            Assert.Equal(PairedFloorRounds.WarmupRounds + 6, total);
            starts.Add(round);
        });

        Assert.Equal(Enumerable.Range(0, PairedFloorRounds.WarmupRounds + 6), starts);
        Assert.Equal(6, rounds.Ratios.Count);
        Assert.All(rounds.Ratios, r => Assert.True(r > 0 && double.IsFinite(r)));
        Assert.Equal("model/fork-size/v5.8/anon-4k/pin=none/rss=64mib", rounds.ForkId);
        Assert.Equal("model/floor/floor-64mib/placement=contiguous/wrprotect=true", rounds.FloorId);
        Assert.Equal("anon-4k/pin=none/rss=64mib", rounds.Tail);
    }

    [Fact]
    public void The_report_shows_each_paired_ratio_with_its_interval()
    {
        var rounds = new PairedFloorRounds("f", "g", "anon-4k/pin=none/rss=1gib", [.. Enumerable.Range(1, 10).Select(i => 30.0 + i)], [.. Enumerable.Repeat(25.0, 10)]);
        var run = Support.RunFiles.Document("r1", new Dictionary<string, double[]>()) with
        {
            Measurements = [FloorRatioMeasurement.ToMeasurement(CopyVariant.V5_8, rounds)],
        };

        var ratio = Assert.Single(ReportInputMapper.Map(run, comparison: null).FloorRatios);

        Assert.Equal(("v5.8", "anon-4k/pin=none/rss=1gib", 10), (ratio.Variant, ratio.Process, ratio.Rounds));
        Assert.Equal(35.5 / 25, ratio.Median, 9);
        Assert.NotNull(ratio.Lower);
    }

    [Fact]
    public void The_family_is_large_enough_for_the_run_to_run_prior() =>
        Assert.True(FloorRatioMeasurement.Variants.Count >= RunToRunNoise.MinFamilySize);
}
