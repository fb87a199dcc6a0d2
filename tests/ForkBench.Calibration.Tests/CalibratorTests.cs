using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Twins;
using ForkBench.Kernel.Fork;
using ForkBench.Results;
using ForkBench.Results.Documents;

namespace ForkBench.Calibration.Tests;

/// <summary>The whole calibration on small real twins (counts scale with size, so a few MiB show every path).</summary>
public class CalibratorTests
{
    private static readonly string[] Fitted =
    [
        "anon-4k/pin=none/rss=4mib", "anon-4k/pin=none/rss=16mib", "anon-4k/pin=all/rss=4mib", "anon-4k/pin=all/rss=16mib",
        "anon-4k/pin=first-1of2/rss=8mib", "anon-thp/pin=none/rss=4mib", "anon-thp/pin=none/rss=16mib",
        "anon-thp/pin=all/rss=4mib", "anon-thp/pin=all/rss=8mib",
    ];

    private static readonly ModelTwinCounter Twins = new();

    /// <summary>The report's processes at 4 MiB: the same paths as at 1 GiB, in milliseconds.</summary>
    private static readonly string[] SmallTails = ["anon-4k/pin=all/rss=4mib", "anon-thp/pin=all/rss=4mib"];

    /// <summary>A run whose fork points cost exactly their twins' counts x the synthetic prices.</summary>
    private static RunDocument Run(string kernel = "6.18.44-fc-v657")
    {
        var measurements = Fitted.Select(tail =>
        {
            double cost = Synthetic.Cost(CostColumn.Features(Twins.Count(tail, CopyVariant.PteBatching6_15).Counts!));
            return Runs.Marginal(tail, SampleUnit.Nanoseconds, [cost * 0.99, cost, cost * 1.01]);
        }).ToList();
        measurements.Add(Runs.Marginal("anon-4k-dontfork/pin=all/rss=4mib", SampleUnit.Nanoseconds, [3e5, 3e5, 3e5]));
        measurements.Add(Runs.Marginal("shared-anon/pin=none/rss=4mib", SampleUnit.Nanoseconds, [2e5, 2e5, 2e5]));
        measurements.Add(Runs.Marginal("anon-4k/pin=unpinned-all/rss=4mib", SampleUnit.Nanoseconds, [-5, -4, -3]));
        measurements.Add(Runs.Measurement("native/vfork-marginal/anon-4k/pin=all/rss=4mib", "marginal", "vfork", SampleUnit.Nanoseconds, [1, 2, 3]));
        return Runs.Document("20261130T085137Z-053bfbaf", measurements, kernel: kernel);
    }

    [Fact]
    public void Fits_every_point_with_a_twin_and_says_why_the_others_are_left_out()
    {
        var time = new DateTime(2026, 11, 30, 9, 30, 0, DateTimeKind.Utc);

        CalibrationDocument calibration = new Calibrator(Twins, new CalibrationOptions { BootstrapResamples = 20, PredictionTails = SmallTails }).Calibrate([Run()], time);

        Assert.Equal("pte-batch-6.15", calibration.Variant);
        Assert.StartsWith("kernel 6.18 -> pte-batch-6.15", calibration.VariantReason);
        Assert.Equal(Runs.HostId, calibration.HostId);
        Assert.Equal(["20261130T085137Z-053bfbaf"], calibration.RunIds);
        Assert.Equal(time, calibration.TimeUtc);
        Assert.Equal(Fitted, calibration.Points.Select(p => p.Tail));
        // Consistent data: the fit reproduces every point.
        Assert.All(calibration.Points, p => Assert.True(Math.Abs(p.ErrorPercent) < 1e-6, $"{p.Tail}: {p.ErrorPercent}%"));

        Assert.Equal(4, calibration.Excluded.Count);
        Assert.Contains("no counted work", calibration.Excluded.Single(e => e.Id.Contains("dontfork", StringComparison.Ordinal)).Reason);
        Assert.Contains("no counted work", calibration.Excluded.Single(e => e.Id.Contains("shared-anon", StringComparison.Ordinal)).Reason);
        Assert.Contains("not positive", calibration.Excluded.Single(e => e.Id.Contains("unpinned", StringComparison.Ordinal)).Reason);
        Assert.Contains("no model twin: vfork", calibration.Excluded.Single(e => e.Id.Contains("vfork", StringComparison.Ordinal)).Reason);

        Assert.Equal(CostColumn.All.Select(c => c.Key), calibration.Costs.Select(c => c.Column));
        Assert.All(calibration.Costs, c => Assert.True(c.CostNs >= 0 && c.LowerNs <= c.UpperNs));
        Assert.Equal([HeldOutNames.EachFamily, HeldOutNames.PinnedLargeFolios], calibration.HeldOut.Select(h => h.Name));
        Assert.Equal(["anon-thp/pin=all/rss=4mib", "anon-thp/pin=all/rss=8mib"],
            calibration.HeldOut[1].Predictions.Select(p => p.Tail));

        // Every variant's prediction of each tail, priced from its steady-state twin; variants without mTHP/THP support say why.
        Assert.Equal(SmallTails.Length * CopyVariant.All.Count, calibration.Predictions.Count);
        VariantPrediction current = calibration.Predictions.Single(p => p.Tail == "anon-thp/pin=all/rss=4mib" && p.Variant == "pte-batch-6.15");
        Assert.Equal(calibration.Points.Single(p => p.Tail == "anon-thp/pin=all/rss=4mib").PredictedNs, current.PredictedNs!.Value, 6);
        Assert.All(calibration.Predictions, p => Assert.True(p.PredictedNs is > 0 || p.Refusal is not null, $"{p.Variant} {p.Tail}"));
    }

    [Fact]
    public void Prices_a_twin_the_fit_never_saw()
    {
        CalibrationDocument calibration = new Calibrator(Twins, new CalibrationOptions { BootstrapResamples = 10, PredictionTails = SmallTails }).Calibrate([Run()], DateTime.UtcNow);
        var counts = Twins.Count("anon-4k/pin=all/rss=32mib", CopyVariant.PteBatching6_15).Counts!;

        double predicted = calibration.PredictNs(counts);

        // The data are exact, so a twin of a fitted family at another size is priced as the synthetic prices price it.
        Assert.Equal(1, predicted / Synthetic.Cost(CostColumn.Features(counts)), 3);
    }

    [Fact]
    public void A_kernel_older_than_every_variant_is_a_data_error()
    {
        var e = Assert.Throws<ResultsDataException>(() => new Calibrator(Twins).Calibrate([Run("4.19.0-27-amd64")], DateTime.UtcNow));

        Assert.Contains("older than every variant", e.Message);
    }

    [Fact]
    public void A_run_without_marginal_points_is_a_data_error()
    {
        RunDocument run = Runs.Document("r1", [Runs.Measurement("native/fork/anon-4k/pin=all/rss=4mib", "wall", "fork", SampleUnit.Nanoseconds, [1, 2, 3])]);

        var e = Assert.Throws<ResultsDataException>(() => new Calibrator(Twins).Calibrate([run], DateTime.UtcNow));

        Assert.Contains("no native marginal points", e.Message);
    }
}
