using ForkBench.Benchmarks.Pipeline;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Calibration.Documents;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Tests.Pipeline;

public class CalibrationSummaryMapperTests
{
    private const string Pinned4K = "anon-4k/pin=all/rss=1gib";
    private const string PinnedThp = "anon-thp/pin=all/rss=1gib";

    private static Measurement Marginal(string tail, double factor) =>
        MeasurementFactory.Create($"native/fork-marginal/{tail}",
            new Dictionary<string, string> { ["spawn"] = "fork", ["scenario"] = tail, ["metric"] = "marginal" },
            SampleUnit.Nanoseconds, RunFiles.Scaled(factor));

    private static RunDocument Run(params Measurement[] measurements) =>
        RunFiles.Document("r1", new Dictionary<string, double[]>()) with { Measurements = measurements };

    [Fact]
    public void Every_variants_prediction_from_the_calibration_stands_under_the_runs_measured_marginal_cost()
    {
        var run = Run(Marginal(Pinned4K, 1e4));

        var summary = CalibrationSummaryMapper.Map(run, TestCalibration.Document(RunFiles.HostId, "6.18.0", inseparable: true))!;

        Assert.Equal([Pinned4K, PinnedThp], summary.Scenarios.Select(s => s.Tail));
        Assert.Equal(["4K pinned", "THP pinned"], summary.Scenarios.Select(s => s.Label));
        // Measured: the marginal median (100.05 x 1e4); THP pinned was not measured natively.
        Assert.Equal(1.0005e6, summary.Scenarios[0].MeasuredNs!.Value, 6);
        Assert.Null(summary.Scenarios[1].MeasuredNs);

        // Variants in the kernel's order; a refused prediction stays empty.
        Assert.Equal(["v5.8", "pte-batch-6.15"], summary.Rows.Select(r => r.Variant));
        Assert.Equal([10_000.0, null], summary.Rows[0].PredictedNs);
        Assert.False(summary.Rows[0].ModelsThisKernel);
        Assert.Equal([15_000.0, 705_000.0], summary.Rows[1].PredictedNs);
        Assert.True(summary.Rows[1].ModelsThisKernel);
        Assert.Equal([true, false], summary.Rows[1].Undetermined);
    }

    [Fact]
    public void Lists_only_the_costs_the_fit_determined_with_merged_columns_named_and_each_held_out_check()
    {
        var calibration = TestCalibration.Document(RunFiles.HostId, "6.18.0") with
        {
            Costs =
            [
                new FittedCost("pte-reads", 4.5, 3.3, 4.9),
                new FittedCost("pages-copied", 1729, 1697, 1752),
                new FittedCost("lock-cycles", 0, 0, 0, MergedInto: "pages-copied", Ratio: 1),
                new FittedCost("pmd-splits", 0, 0, 0, Exercised: false),
            ],
            HeldOut =
            [
                new HeldOutCheck(HeldOutNames.EachFamily, "each family left out", [], 1e6, -9.1, 45),
                new HeldOutCheck(HeldOutNames.PinnedLargeFolios, "pinned large folios left out", [], 1e6, null, 0, "no pinned THP/mTHP point measured"),
            ],
        };

        var summary = CalibrationSummaryMapper.Map(Run(), calibration)!;

        Assert.Equal(["PTE read", "page copied (4 KiB) with lock drop+retake"], summary.Costs.Select(c => c.Label));
        Assert.Equal((1729.0, 1697.0, 1752.0), (summary.Costs[1].Ns, summary.Costs[1].LowerNs, summary.Costs[1].UpperNs));
        Assert.Equal(
        [
            "each family left out: median |error| 9.1% over 45 point(s) of 1.00 ms or more.",
            "pinned large folios left out: not checked (no pinned THP/mTHP point measured).",
        ], summary.HeldOut);
    }

    [Fact]
    public void A_calibration_without_predictions_has_no_section()
    {
        var calibration = TestCalibration.Document(RunFiles.HostId, "6.18.0") with { Predictions = [] };

        Assert.Null(CalibrationSummaryMapper.Map(Run(Marginal(Pinned4K, 1e4)), calibration));
    }
}
