using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The calibration section: which calibration priced the figures and how
/// well it predicted points it did not see, the fitted costs, then a
/// variant x scenario table of predicted marginal costs under the run's
/// measured ones. The title and the table say "predicted": a reader who
/// pastes the table alone must not take a model figure for a measurement.
/// </summary>
public static class CalibrationSectionWriter
{
    private const string ThisKernelMark = "<";
    private const string UndeterminedMark = "*";

    public static string Write(CalibrationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var lines = new List<string> { "Calibration: predicted fork cost on this host (predictions, not measurements)", "" };
        Wrap(lines, $"Priced with this host's calibration: {summary.Provenance}.");
        Wrap(lines, $"Variant: {summary.VariantReason}.");
        if (summary.Costs.Count > 0)
            Wrap(lines, "Fitted ns per unit (95% bootstrap interval): " + string.Join("; ", summary.Costs.Select(CostText)) + ".");
        foreach (string heldOut in summary.HeldOut)
            Wrap(lines, "Held out: " + heldOut);

        if (summary.Scenarios.Count > 0 && summary.Rows.Count > 0)
        {
            lines.Add("");
            Wrap(lines, "Marginal cost of one fork (latency minus the no-buffer floor): the first row measured natively in this run, "
                + "the others predicted: each variant's model of the same process, its fork after a first one (the fork native mode times), "
                + "counted exactly and priced with the fitted costs.");
            lines.Add("");
            lines.AddRange(Table(summary));
            lines.Add("");
            Wrap(lines, $"{ThisKernelMark} the variant that models the calibrated kernel; its row against the measured one is the fit's check on this run.");
            if (summary.Undetermined is { } why && summary.Rows.Any(r => r.Undetermined.Any(u => u)))
                Wrap(lines, $"{UndeterminedMark} {why}");
        }
        return string.Join('\n', lines) + "\n";
    }

    private static IReadOnlyList<string> Table(CalibrationSummary summary)
    {
        var columns = new List<TextColumn> { new("variant", ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 12) };
        columns.AddRange(summary.Scenarios.Select(s => new TextColumn(s.Label)));
        var table = new TextTable([.. columns]);
        table.AddRow(["measured (this run)", .. summary.Scenarios.Select(s => s.MeasuredNs is { } ns ? DurationFormat.Format(ns) + " " : NumberFormat.NotAvailable + " ")]);
        foreach (PredictedVariant row in summary.Rows)
        {
            table.AddRow([
                row.Variant + (row.ModelsThisKernel ? " " + ThisKernelMark : ""),
                .. row.PredictedNs.Select((ns, i) => ns is { } value
                    ? DurationFormat.Format(value) + (row.Undetermined[i] ? UndeterminedMark : " ")
                    : NumberFormat.NotAvailable + " "),
            ]);
        }
        return table.Render();
    }

    private static string CostText(CalibratedCost cost) =>
        $"{cost.Label} {NumberFormat.Significant(cost.Ns)} [{NumberFormat.Significant(cost.LowerNs)}, {NumberFormat.Significant(cost.UpperNs)}]";

    private static void Wrap(List<string> lines, string text) => lines.AddRange(TextWrap.Wrap(text, AsciiText.MaxColumns));
}
