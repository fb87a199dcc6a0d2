using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Comparison;

public class RunComparerTests
{
    private static readonly double[] Steady = [100, 101, 99, 100.5, 99.5, 100.2, 99.8, 100.1];

    [Fact]
    public void Ids_on_one_side_and_skipped_scenarios_are_listed_not_compared()
    {
        var skipped = MeasurementFactory.Skipped("native/fork/pin=io_uring", new Dictionary<string, string>(), SampleUnit.Microseconds, "no io_uring");
        var baseline = TestDocuments.Run("b", [TestDocuments.Measurement("a", Steady), TestDocuments.Measurement("gone", Steady), TestDocuments.Measurement("native/fork/pin=io_uring", Steady)]);
        var current = TestDocuments.Run("c", [TestDocuments.Measurement("a", Steady), TestDocuments.Measurement("new", Steady), skipped]);

        RunComparison comparison = RunComparer.Compare(baseline, current, ComparisonOptions.Default);

        Assert.Equal(["a"], comparison.Measurements.Select(m => m.Id));
        Assert.Equal(["gone"], comparison.OnlyInBaseline);
        Assert.Equal(["new"], comparison.OnlyInCurrent);
        Assert.Equal([new SkippedMeasurement("native/fork/pin=io_uring", "current", "no io_uring")], comparison.Skipped);
        Assert.False(comparison.HasRegression);
    }

    [Fact]
    public void A_different_host_is_warned_about_with_a_hint()
    {
        var baseline = TestDocuments.Run("b", [TestDocuments.Measurement("a", Steady)], TestDocuments.Host("host-one"));
        var current = TestDocuments.Run("c", [TestDocuments.Measurement("a", Steady)], TestDocuments.Host("host-two"));

        ComparisonWarning warning = Assert.Single(RunComparer.Compare(baseline, current, ComparisonOptions.Default).Warnings, w => w.Code == "host-mismatch");
        Assert.Contains("host-one", warning.Message);
        Assert.Contains("baseline update", warning.Hint);
    }

    [Fact]
    public void Same_host_with_other_THP_settings_is_warned_about()
    {
        var other = TestDocuments.Host() with { TransparentHugePages = new ForkBench.Results.Hosts.ThpSettings("always", "madvise") };
        var comparison = RunComparer.Compare(
            TestDocuments.Run("b", [TestDocuments.Measurement("a", Steady)]),
            TestDocuments.Run("c", [TestDocuments.Measurement("a", Steady)], other),
            ComparisonOptions.Default);

        ComparisonWarning warning = Assert.Single(comparison.Warnings, w => w.Code == "environment-differs");
        Assert.Contains("THP enabled madvise -> always", warning.Message);
    }

    [Fact]
    public void Changed_exact_counts_are_reported()
    {
        var baseline = TestDocuments.Run("b", [TestDocuments.Measurement("a", Steady, new Dictionary<string, long> { ["ptes"] = 512, ["same"] = 1 })]);
        var current = TestDocuments.Run("c", [TestDocuments.Measurement("a", Steady, new Dictionary<string, long> { ["ptes"] = 1, ["same"] = 1, ["new"] = 3 })]);

        MeasurementComparison m = Assert.Single(RunComparer.Compare(baseline, current, ComparisonOptions.Default).Measurements);
        Assert.Equal([new CountChange("new", null, 3), new CountChange("ptes", 512, 1)], m.CountChanges);
    }

    [Fact]
    public void A_count_one_side_does_not_record_and_the_other_records_as_zero_is_no_change()
    {
        var baseline = TestDocuments.Run("b", [TestDocuments.Measurement("a", Steady, new Dictionary<string, long> { ["ptes"] = 512, ["gone"] = 0 })]);
        var current = TestDocuments.Run("c", [TestDocuments.Measurement("a", Steady, new Dictionary<string, long> { ["ptes"] = 512, ["pteBatchCompares"] = 0 })]);

        MeasurementComparison m = Assert.Single(RunComparer.Compare(baseline, current, ComparisonOptions.Default).Measurements);
        Assert.Empty(m.CountChanges);
        Assert.False(m.CountRose);
    }

    [Fact]
    public void Geometric_mean_of_ratios()
    {
        double[] doubled = [.. Steady.Select(v => v * 2)];
        double[] halved = [.. Steady.Select(v => v / 2)];
        var baseline = TestDocuments.Run("b", [TestDocuments.Measurement("a", Steady), TestDocuments.Measurement("b", Steady)]);
        var current = TestDocuments.Run("c", [TestDocuments.Measurement("a", doubled), TestDocuments.Measurement("b", halved)]);

        RunComparison comparison = RunComparer.Compare(baseline, current, ComparisonOptions.Default);
        Assert.Equal(1.0, comparison.GeometricMeanRatio!.Value, 6);
        Assert.True(comparison.HasRegression);
        Assert.Equal(Verdict.Slower, comparison.Measurements[0].Verdict);
        Assert.Equal(Verdict.Faster, comparison.Measurements[1].Verdict);
    }

    [Fact]
    public void A_unit_change_under_one_id_is_a_data_error()
    {
        var baseline = TestDocuments.Run("b", [TestDocuments.Measurement("a", Steady)]);
        var current = TestDocuments.Run("c", [MeasurementFactory.Create("a", new Dictionary<string, string>(), SampleUnit.Microseconds, Steady)]);

        var error = Assert.Throws<ResultsDataException>(() => RunComparer.Compare(baseline, current, ComparisonOptions.Default));
        Assert.Contains("must not change meaning", error.Message);
    }
}
