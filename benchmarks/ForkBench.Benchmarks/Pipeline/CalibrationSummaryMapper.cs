using System.Globalization;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Points;
using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ForkBench.Kernel.Fork;
using ForkBench.Results.Documents;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// The report's calibration section from a run and this host's calibration:
/// every variant's predicted cost of the report's processes (kept with the
/// calibration: each variant's steady-state model twin priced with the
/// fitted costs, so the report counts nothing and costs no time), under the
/// run's native marginal medians of the same processes.
/// </summary>
public static class CalibrationSummaryMapper
{
    /// <summary>Null when the calibration holds no prediction (the section would be empty).</summary>
    public static CalibrationSummary? Map(RunDocument run, CalibrationDocument calibration)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(calibration);
        if (calibration.Predictions.Count == 0)
            return null;

        var measured = MarginalPointReader.Read([run])
            .Where(p => p.Spawn == "fork")
            .ToDictionary(p => p.Tail, p => p.MedianNs, StringComparer.Ordinal);
        var scenarios = calibration.Predictions
            .Select(p => p.Tail)
            .Distinct(StringComparer.Ordinal)
            .Select(tail => new PredictionScenario(Label(tail), tail, measured.TryGetValue(tail, out double ns) ? ns : null))
            .ToList();
        var rows = calibration.Predictions
            .GroupBy(p => p.Variant, StringComparer.Ordinal)
            .OrderBy(g => CopyVariant.FindById(g.Key) is { } v ? v.Order : int.MaxValue)
            .Select(variant =>
            {
                var cells = scenarios.Select(s => variant.FirstOrDefault(p => p.Tail == s.Tail)).ToList();
                return new PredictedVariant(variant.Key, variant.Key == calibration.Variant,
                    [.. cells.Select(c => c?.PredictedNs)], [.. cells.Select(c => c?.Undetermined ?? false)]);
            })
            .ToList();
        return new CalibrationSummary(calibration.Provenance, calibration.VariantReason, Costs(calibration),
            [.. calibration.HeldOut.Select(HeldOutLine)], scenarios, rows, calibration.UndeterminedReason);
    }

    /// <summary>"4K pinned" for a tail the vocabulary reads, else the tail itself.</summary>
    private static string Label(string tail)
    {
        try
        {
            return ReportInputMapper.GroupLabel(ProcessScenario.ParseTail(tail));
        }
        catch (FormatException)
        {
            return tail;
        }
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
