using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Points;
using ForkBench.Calibration.Validation;

namespace ForkBench.Calibration.Tests.Validation;

public class HeldOutValidatorTests
{
    private static readonly string[] Families =
        ["anon-4k/pin=none", "anon-4k/pin=all", "anon-4k/pin=first-1of64", "anon-thp/pin=none", "anon-thp/pin=all", "anon-64k/pin=all", "file-private/pin=all"];

    private static readonly string[] Sizes = ["64mib", "256mib", "1gib"];

    /// <summary>Three sizes of each family, costs exactly counts x prices.</summary>
    private static List<CalibrationPoint> ExactPoints(double scale = 1)
    {
        var random = new Random(11);
        return [.. Families.SelectMany(f => Sizes.Select(s =>
        {
            double[] counts = Synthetic.Counts(random);
            return Synthetic.Point($"{f}/rss={s}", counts, Synthetic.Cost(counts) * scale);
        }))];
    }

    [Fact]
    public void Each_family_is_predicted_by_a_fit_on_the_others()
    {
        var checks = HeldOutValidator.Run(ExactPoints());

        HeldOutCheck eachFamily = Assert.Single(checks, c => c.Name == HeldOutNames.EachFamily);
        Assert.Equal(Families.Length * Sizes.Length, eachFamily.Predictions.Count);
        Assert.All(eachFamily.Predictions, p => Assert.True(Math.Abs(p.ErrorPercent) < 1e-6, $"{p.Tail}: {p.ErrorPercent}%"));
        Assert.NotNull(eachFamily.MedianAbsErrorPercent);
        Assert.True(eachFamily.MedianAbsErrorPercent < 1e-6);
        Assert.Null(eachFamily.Note);
    }

    [Fact]
    public void Pinned_large_folios_are_predicted_by_a_fit_that_saw_none_of_them()
    {
        var checks = HeldOutValidator.Run(ExactPoints());

        HeldOutCheck pinned = Assert.Single(checks, c => c.Name == HeldOutNames.PinnedLargeFolios);
        string[] expected = [.. new[] { "anon-thp/pin=all", "anon-64k/pin=all" }.SelectMany(f => Sizes.Select(s => $"{f}/rss={s}"))];
        Assert.Equal(expected.Order(), pinned.Predictions.Select(p => p.Tail).Order());
        Assert.All(pinned.Predictions, p => Assert.True(Math.Abs(p.ErrorPercent) < 1e-6));
    }

    [Fact]
    public void A_cost_only_the_held_out_family_exercises_is_missing_from_its_prediction()
    {
        // PMD splits (the last column) only in the pinned THP family: left out, it is priced 0.
        var random = new Random(12);
        var points = new List<CalibrationPoint>();
        foreach (string family in Families)
        {
            foreach (string size in Sizes)
            {
                double[] counts = Synthetic.Counts(random);
                counts[^1] = family == "anon-thp/pin=all" ? 1000 : 0;
                points.Add(Synthetic.Point($"{family}/rss={size}", counts, Synthetic.Cost(counts)));
            }
        }

        HeldOutCheck pinned = Assert.Single(HeldOutValidator.Run(points), c => c.Name == HeldOutNames.PinnedLargeFolios);

        Assert.All(pinned.Predictions.Where(p => p.Tail.StartsWith("anon-thp/", StringComparison.Ordinal)), p => Assert.True(p.PredictedNs < p.MeasuredNs * (1 - 1e-6), $"{p.Tail}: {p.ErrorPercent}%"));
        Assert.All(pinned.Predictions.Where(p => p.Tail.StartsWith("anon-64k/", StringComparison.Ordinal)), p => Assert.True(Math.Abs(p.ErrorPercent) < 1e-6));
        // The fit it made is kept: the split it never saw is priced 0, every other synthetic price recovered.
        Assert.Equal(0, pinned.FittedCostsNs![CostColumn.PmdSplits.Key]);
        Assert.Equal(Synthetic.Prices[0], pinned.FittedCostsNs[CostColumn.PteReads.Key], 6);
    }

    [Fact]
    public void The_median_error_counts_only_points_of_a_millisecond_or_more()
    {
        PointFit[] predictions =
        [
            new("a/pin=none/rss=64mib", 9, 500e3, 1000e3),   // +100%, below 1 ms: not counted
            new("a/pin=none/rss=1gib", 9, 2e6, 2.2e6),        // +10%
            new("b/pin=none/rss=1gib", 9, 4e6, 3.2e6),        // -20%
            new("c/pin=none/rss=1gib", 9, 1e6, 1.3e6),        // +30%
        ];

        HeldOutCheck check = HeldOutValidator.Check("x", "x", predictions, 1e6);

        Assert.Equal(3, check.PointsAtLeastMinimum);
        Assert.Equal(20, check.MedianAbsErrorPercent!.Value, 9);
    }

    [Fact]
    public void Without_pinned_large_folio_points_the_check_says_so()
    {
        var points = ExactPoints().Where(p => !p.PinnedLargeFolio).ToList();

        HeldOutCheck pinned = Assert.Single(HeldOutValidator.Run(points), c => c.Name == HeldOutNames.PinnedLargeFolios);

        Assert.Empty(pinned.Predictions);
        Assert.Null(pinned.FittedCostsNs);
        Assert.Null(pinned.MedianAbsErrorPercent);
        Assert.Contains("no pinned THP/mTHP point", pinned.Note);
    }

    [Fact]
    public void Sticky_and_small_page_pins_are_not_pinned_large_folios()
    {
        Assert.False(Synthetic.Point("anon-thp/pin=unpinned-all/rss=64mib", [1, 0, 0, 0, 0, 0, 0, 0, 0], 1).PinnedLargeFolio);
        Assert.False(Synthetic.Point("anon-4k/pin=all/rss=64mib", [1, 0, 0, 0, 0, 0, 0, 0, 0], 1).PinnedLargeFolio);
        Assert.True(Synthetic.Point("anon-16k/pin=first-1of64/rss=64mib", [1, 0, 0, 0, 0, 0, 0, 0, 0], 1).PinnedLargeFolio);
    }
}
