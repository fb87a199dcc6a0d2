using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Points;
using ForkBench.Results.Statistics;

namespace ForkBench.Calibration.Validation;

/// <summary>
/// How well the fitted costs predict what the fit did not see. Two checks:
/// each family (the tail without its size) left out in turn and predicted
/// by a fit on the other families; and, the one that matters for the
/// pinned large-folio cost, every pinned THP/mTHP point left out at once
/// and predicted by a fit that saw none of them, so the PTE-read cost that
/// their O(n^2) re-batching multiplies comes from other scenarios alone.
/// Each fit is the full fit's procedure (merging included) on its subset.
/// </summary>
public static class HeldOutValidator
{
    /// <summary>Points below this measured cost are reported but not in the median error.</summary>
    public const double DefaultMinimumNs = 1e6;

    public static IReadOnlyList<HeldOutCheck> Run(IReadOnlyList<CalibrationPoint> points, double minimumNs = DefaultMinimumNs)
    {
        ArgumentNullException.ThrowIfNull(points);
        var eachFamily = new List<PointFit>();
        string[] families = [.. points.Select(p => p.Family).Distinct(StringComparer.Ordinal)];
        foreach (string family in families)
        {
            var train = points.Where(p => p.Family != family).ToList();
            if (train.Count > 0)
                eachFamily.AddRange(Predict(train, points.Where(p => p.Family == family)));
        }
        var checks = new List<HeldOutCheck>
        {
            Check(HeldOutNames.EachFamily, "each family (tail without size) left out, fitted on the others",
                eachFamily, minimumNs, families.Length < 2 ? "only one family: nothing to fit the others on" : null),
        };

        var pinnedLarge = points.Where(p => p.PinnedLargeFolio).ToList();
        var rest = points.Where(p => !p.PinnedLargeFolio).ToList();
        string? note = pinnedLarge.Count == 0 ? "no pinned THP/mTHP point measured"
            : rest.Count == 0 ? "every point is a pinned large-folio point: nothing to fit on"
            : null;
        CostFit? withoutThem = note is null ? Fit(rest) : null;
        checks.Add(Check(HeldOutNames.PinnedLargeFolios, "pinned THP/mTHP points predicted by a fit without any of them",
            withoutThem is null ? [] : Predict(withoutThem, pinnedLarge), minimumNs, note) with
        {
            FittedCostsNs = withoutThem is null ? null : CostColumn.All.Select((c, k) => (c.Key, Cost: withoutThem.CostsNs[k])).ToDictionary(p => p.Key, p => p.Cost),
        });
        return checks;
    }

    /// <summary>Fits on <paramref name="train"/> and predicts <paramref name="test"/>.</summary>
    public static IReadOnlyList<PointFit> Predict(IReadOnlyList<CalibrationPoint> train, IEnumerable<CalibrationPoint> test) => Predict(Fit(train), test);

    private static CostFit Fit(IReadOnlyList<CalibrationPoint> train) =>
        RelativeCostFitter.Fit([.. train.Select(p => p.Features)], [.. train.Select(p => p.MedianNs)]);

    private static IReadOnlyList<PointFit> Predict(CostFit fit, IEnumerable<CalibrationPoint> test) =>
        [.. test.Select(p => new PointFit(p.Tail, p.SamplesNs.Count, p.MedianNs, fit.Predict(p.Features)))];

    /// <summary>The check with the median |error| over the points at or above <paramref name="minimumNs"/>.</summary>
    public static HeldOutCheck Check(string name, string description, IReadOnlyList<PointFit> predictions, double minimumNs, string? note = null)
    {
        double[] errors = [.. predictions.Where(p => p.MeasuredNs >= minimumNs).Select(p => Math.Abs(p.ErrorPercent))];
        return new HeldOutCheck(name, description, predictions, minimumNs, errors.Length > 0 ? SampleQuantile.Median(errors) : null, errors.Length, note);
    }
}
