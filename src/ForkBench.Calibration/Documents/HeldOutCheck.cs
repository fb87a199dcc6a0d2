namespace ForkBench.Calibration.Documents;

/// <summary>
/// One held-out check: points predicted by a fit that did not see them.
/// <see cref="MedianAbsErrorPercent"/> is the median of |error| over the
/// points whose measured cost is at least <see cref="MinimumNs"/> (below it
/// the per-VMA work outside the fitted columns and the floor's noise
/// dominate), null when there is none.
/// </summary>
/// <param name="Name">A stable name: <c>each-family</c>, <c>pinned-large-folios</c>.</param>
/// <param name="Description">What was left out and what was fitted.</param>
/// <param name="Note">Why the check has no prediction, or null.</param>
/// <param name="FittedCostsNs">
/// For a check made by one fit, that fit's cost per column key (ns per
/// unit; a merged column's cost sits on its group's first column): what the
/// points it saw make of each operation. Null for a check of many fits.
/// </param>
public sealed record HeldOutCheck(string Name, string Description, IReadOnlyList<PointFit> Predictions, double MinimumNs, double? MedianAbsErrorPercent,
    int PointsAtLeastMinimum, string? Note = null, IReadOnlyDictionary<string, double>? FittedCostsNs = null);
