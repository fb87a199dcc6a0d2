using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Comparison;

/// <summary>
/// The comparison rule on the paired figures, from real samples: four
/// default runs of one commit recorded back to back on the project's 2-core
/// VM, cut to the native latency, marginal and fork-per-walk families and
/// the model's paired floor ratios. The baseline pools the first three; the
/// fourth is the unchanged "current" run, or a copy of it with a known
/// change.
/// </summary>
public class RecordedPairedRunsComparisonTests
{
    private const string PerWalk4K = "native/fork-per-walk/anon-4k/pin=none/rss=1gib";
    private const string Latency4K = "native/fork/anon-4k/pin=none/rss=1gib";
    private const string FloorRatioV58 = "model/floor-ratio/v5.8/anon-4k/pin=none/rss=1gib";

    private static RunDocument Recorded(int run) => RecordedRun.Read("recorded-paired", run);

    private static readonly Lazy<RunDocument> PooledBaseline = new(() => RecordedRun.PooledBaseline("recorded-paired"));

    private static MeasurementComparison Row(RunComparison comparison, string id) => comparison.Measurements.Single(m => m.Id == id);

    [Fact]
    public void An_unchanged_run_flags_no_paired_id()
    {
        RunComparison comparison = RunComparer.Compare(PooledBaseline.Value, Recorded(4), ComparisonOptions.Default);

        string[] flagged = [.. comparison.Measurements
            .Where(m => m.Verdict is Verdict.Slower or Verdict.Faster)
            .Select(m => $"{m.Id} {m.Verdict}")];
        Assert.True(comparison.Measurements.Count(m => m.Id.StartsWith("native/fork-per-walk/", StringComparison.Ordinal)) >= 10);
        Assert.DoesNotContain(flagged, f => f.StartsWith("native/fork-per-walk/", StringComparison.Ordinal) || f.StartsWith("model/floor-ratio/", StringComparison.Ordinal));
        Assert.True(flagged.Length <= 1, string.Join("; ", flagged));
    }

    [Fact]
    public void Pairing_the_fork_with_a_walk_over_its_memory_narrows_the_run_limit_of_the_same_process()
    {
        RunComparison comparison = RunComparer.Compare(PooledBaseline.Value, Recorded(4), ComparisonOptions.Default);

        double paired = Row(comparison, PerWalk4K).RunNoise!.Limit;
        double raw = Row(comparison, Latency4K).RunNoise!.Limit;

        Assert.True(paired < raw / 2, $"fork-per-walk +-{paired:P1}, latency +-{raw:P1}");
    }

    [Theory]
    [InlineData(PerWalk4K)]
    [InlineData(FloorRatioV58)]
    public void A_paired_id_moved_beyond_its_run_limit_is_Slower_and_a_regression(string id)
    {
        RunDocument current = Recorded(4);
        double limit = RunComparer.Compare(PooledBaseline.Value, current, ComparisonOptions.Default).Measurements.Single(m => m.Id == id).RunNoise!.Limit;

        RunComparison moved = RunComparer.Compare(PooledBaseline.Value, RecordedRun.Scaled(current, 1 + 1.5 * limit, id), ComparisonOptions.Default);

        Assert.Equal(Verdict.Slower, Row(moved, id).Verdict);
        Assert.True(moved.IsRegression);
    }

    [Fact]
    public void The_baseline_against_itself_with_one_paired_model_id_fifteen_percent_slower_says_Slower()
    {
        RunDocument baseline = PooledBaseline.Value;

        RunComparison unchanged = RunComparer.Compare(baseline, baseline, ComparisonOptions.Default);
        RunComparison moved = RunComparer.Compare(baseline, RecordedRun.Scaled(baseline, 1.15, FloorRatioV58), ComparisonOptions.Default);

        Assert.False(unchanged.IsRegression);
        Assert.Equal(Verdict.Slower, Row(moved, FloorRatioV58).Verdict);
        Assert.Equal(1, moved.CountOf(Verdict.Slower));
    }
}
