using System.Globalization;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Points;
using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// The report's calibration section from a run and this host's calibration:
/// the run's own model counts (every fork-layout case: variant x layout x
/// pins) priced with the fitted costs, and the run's native marginal
/// medians of the same scenarios beside them. Nothing is counted again: the
/// counts are the run's, so the section costs no time.
/// </summary>
public static class CalibrationSummaryMapper
{
    /// <summary>Null when the run has no model case with counts to price.</summary>
    public static CalibrationSummary? Map(RunDocument run, CalibrationDocument calibration)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(calibration);
        var cases = ReportInputMapper.LayoutCases(run).Where(c => c.Measurement.Counts is { Count: > 0 }).ToList();
        if (cases.Count == 0)
            return null;

        var measured = MarginalPointReader.Read([run])
            .Where(p => p.Spawn == "fork")
            .ToDictionary(p => p.Tail, p => p.MedianNs, StringComparer.Ordinal);
        var scenarios = cases
            .Select(c => c.Scenario)
            .DistinctBy(s => s.Tail)
            .Select(s => new PredictionScenario(ReportInputMapper.GroupLabel(s), s.Tail, measured.TryGetValue(s.Tail, out double ns) ? ns : null))
            .ToList();
        var rows = cases
            .GroupBy(c => c.Measurement.Parameters["variant"])
            .Select(variant =>
            {
                var counts = scenarios.Select(s => variant.FirstOrDefault(c => c.Scenario.Tail == s.Tail).Measurement?.Counts).ToList();
                return new PredictedVariant(variant.Key, variant.Key == calibration.Variant,
                    [.. counts.Select(c => c is null ? (double?)null : calibration.PredictNs(c))],
                    [.. counts.Select(c => c is not null && calibration.PredictionIsUndetermined(c))]);
            })
            .ToList();
        return new CalibrationSummary(calibration.Provenance, calibration.VariantReason, Costs(calibration),
            [.. calibration.HeldOut.Select(HeldOutLine)], scenarios, rows, calibration.UndeterminedReason);
    }

    /// <summary>The costs the fit determined, each labelled with the columns merged into it.</summary>
    private static IReadOnlyList<CalibratedCost> Costs(CalibrationDocument calibration) =>
        [.. calibration.Costs
            .Where(c => c.Exercised && c.MergedInto is null)
            .Select(c =>
            {
                string[] merged = [.. calibration.Costs.Where(m => m.MergedInto == c.Column).Select(m => LabelOf(m.Column))];
                string label = LabelOf(c.Column) + (merged.Length > 0 ? $" with {string.Join(" and ", merged)}" : "");
                return new CalibratedCost(label, c.CostNs, c.LowerNs, c.UpperNs);
            })];

    private static string HeldOutLine(HeldOutCheck check) =>
        check.Note is { } note ? $"{check.Description}: not checked ({note})."
        : check.MedianAbsErrorPercent is { } median
            ? string.Create(CultureInfo.InvariantCulture,
                $"{check.Description}: median |error| {Math.Abs(median):F1}% over {check.PointsAtLeastMinimum} point(s) of {DurationFormat.Format(check.MinimumNs)} or more.")
            : $"{check.Description}: no point of {DurationFormat.Format(check.MinimumNs)} or more.";

    private static string LabelOf(string key) => CostColumn.FindByKey(key)?.Label ?? key;
}
