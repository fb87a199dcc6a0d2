using System.Globalization;
using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Study;

/// <summary>
/// The text of the pinned large-folio study, ready to paste into a mail:
/// the host header, the folio-size table (measured, first fork, predicted,
/// error), the fitted PTE-read cost, the model's PTE reads per folio and a
/// paragraph on the code path. Pure: study in, ASCII (80 columns) out.
/// </summary>
public static class PinnedFolioTextWriter
{
    public const string Title = "ForkBench study: fork() with pinned large folios";

    /// <summary>Cell of a figure that is not there; the reason is listed under the table.</summary>
    public const string Missing = NumberFormat.NotAvailable;

    public static string Write(PinnedFolioStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var sections = new List<string> { HeaderWriter.Write(study.Header, Title) };
        if (study.Notes.Count > 0)
            sections.Add(Paragraphs(study.Notes.Select(n => "Note: " + n)));
        sections.Add(MeasuredSection(study));
        sections.Add(CostSection(study));
        sections.Add(ModelSection(study));
        sections.Add(CodePathSection());
        return TextReport.Enforce(string.Join("\n", sections.Select(s => s.TrimEnd('\n') + "\n")));
    }

    private static string MeasuredSection(PinnedFolioStudy study)
    {
        var lines = Heading("Fork cost by folio size, ms per GiB");
        lines.AddRange(Wrap(
            $"Measured: fork latency minus the same run's fork with no buffer (median), per GiB of a " +
            $"{SizeFormat.Format(study.MeasuredSizeBytes)} private anonymous buffer, every page pinned by io_uring " +
            "(\"pinned\") or none (\"unpinned\"). \"1st fork\": the first fork of the fresh pinned buffer, " +
            "which also splits a PMD-mapped THP; it is not in the median. \"predicted\": the kernel model's exact " +
            $"counts at {SizeFormat.Format(study.ModelSizeBytes)} pinned x this host's fitted per-operation costs, " +
            "a prediction, not a measurement. \"err\": today's prediction against the measured pinned cost."));
        lines.Add("");

        var columns = new List<TextColumn>
        {
            new("folio", ColumnAlign.Left, MinWidth: 5),
            new("pinned", MinWidth: 7),
            new("unpinned", MinWidth: 8),
            new("1st fork", MinWidth: 8),
        };
        columns.AddRange(study.Variants.Select(v => new TextColumn("predicted\n" + v.Short, MinWidth: 9)));
        bool hasToday = study.TodayIndex >= 0;
        if (hasToday)
            columns.Add(new TextColumn("err", MinWidth: 6));
        var table = new TextTable([.. columns]);
        bool anyUndetermined = false;
        foreach (PinnedFolioRow row in study.Rows)
        {
            var cells = new List<string> { row.Folio, Ms(row.PinnedNsPerGiB), Ms(row.UnpinnedNsPerGiB), Ms(row.FirstForkNsPerGiB) };
            for (int i = 0; i < study.Variants.Count; i++)
            {
                bool undetermined = i < row.PredictionUndetermined.Count && row.PredictionUndetermined[i];
                anyUndetermined |= undetermined && At(row.PredictedNsPerGiB, i) is not null;
                cells.Add(Ms(At(row.PredictedNsPerGiB, i)) + (undetermined && At(row.PredictedNsPerGiB, i) is not null ? "?" : ""));
            }
            if (hasToday)
                cells.Add(row.TodayErrorPercent(study.TodayIndex) is { } error ? NumberFormat.SignedPercent(error, 0) : Missing);
            table.AddRow([.. cells]);
        }
        lines.AddRange(table.Render());
        lines.Add("");
        lines.AddRange(Wrap("predicted columns: " + string.Join("; ",
            study.Variants.Select(v => $"{v.Short} = {v.Id}" + (v.IsToday ? " (this kernel)" : "")))));
        if (anyUndetermined)
            lines.AddRange(Wrap("?: the prediction depends on costs the calibration could not tell apart."));
        var missing = MissingLines(study).ToList();
        if (missing.Count > 0)
        {
            lines.Add("Missing points:");
            foreach (string line in missing)
                lines.AddRange(TextWrap.Wrap(AsciiText.Sanitize(line), AsciiText.MaxColumns - 4).Select((l, i) => (i == 0 ? "  " : "    ") + l));
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>One line per figure that is missing, saying why.</summary>
    internal static IEnumerable<string> MissingLines(PinnedFolioStudy study)
    {
        foreach (PinnedFolioRow row in study.Rows)
        {
            if (row.PinnedNsPerGiB is null)
                yield return $"{row.Folio} pinned: {row.PinnedMissing ?? "not measured"}";
            if (row.UnpinnedNsPerGiB is null)
                yield return $"{row.Folio} unpinned: {row.UnpinnedMissing ?? "not measured"}";
            if (row.ModelMissing is { } model)
                yield return $"{row.Folio} model: {model}";
        }
    }

    private static string CostSection(PinnedFolioStudy study)
    {
        var lines = Heading("Cost of a PTE read and of a batch compare on this host");
        if (study.PteRead is { } cost)
        {
            string compare = study.PteBatchCompare is { } c
                ? string.Create(CultureInfo.InvariantCulture,
                    $" and {Ns(c.CostNs)} per entry folio_pte_batch() compares (95% interval {Ns(c.LowerNs)} .. {Ns(c.UpperNs)}; the re-scans of a pinned folio are these)")
                : "";
            lines.AddRange(Wrap(string.Create(CultureInfo.InvariantCulture,
                $"Fitted: {Ns(cost.CostNs)} per PTE read (95% interval {Ns(cost.LowerNs)} .. {Ns(cost.UpperNs)}){compare}, " +
                $"{study.Provenance}.")));
        }
        else if (study.Provenance is { } provenance)
        {
            lines.AddRange(Wrap($"The calibration ({provenance}) has no PTE-read cost."));
        }
        else
        {
            lines.AddRange(Wrap("This host has no calibration, so nothing is predicted. To calibrate it from this " +
                "study's measurements (a default run gives a better fit), run:"));
            if (study.CalibrateHint is { } hint)
                lines.AddRange(ShellCommandLines.Wrap(hint, "  "));
        }
        return string.Join('\n', lines) + "\n";
    }

    private static string ModelSection(PinnedFolioStudy study)
    {
        var lines = Heading("PTE reads per pinned folio (kernel model)");
        lines.AddRange(Wrap(
            $"Exact counts of one fork of {SizeFormat.Format(study.ModelSizeBytes)}, every page pinned: PTE reads " +
            "divided by the folios (an n-page folio whose batch fails is re-read about n^2/2 times), and the pages " +
            "copied into the child under the first variant shown."));
        lines.Add("");
        var columns = new List<TextColumn> { new("folio", ColumnAlign.Left, MinWidth: 5), new("pages", MinWidth: 5) };
        columns.AddRange(study.Variants.Select(v => new TextColumn("reads/folio\n" + v.Short, MinWidth: 9)));
        columns.Add(new TextColumn("pages\ncopied", MinWidth: 8));
        var table = new TextTable([.. columns]);
        foreach (PinnedFolioRow row in study.Rows)
        {
            var cells = new List<string> { row.Folio, NumberFormat.Count(Math.Max(1, row.FolioKiB / 4)) };
            cells.AddRange(Enumerable.Range(0, study.Variants.Count).Select(i => At(row.PteReadsPerFolio, i) is { } r ? NumberFormat.Significant(r, 4) : Missing));
            cells.Add(At(row.PagesCopied, 0) is { } copied ? NumberFormat.Count(copied) : Missing);
            table.AddRow([.. cells]);
        }
        lines.AddRange(table.Render());
        return string.Join('\n', lines) + "\n";
    }

    private static string CodePathSection()
    {
        var lines = Heading("The code path");
        lines.AddRange(Wrap(
            "Since 6.9, copy_pte_range() hands each present PTE to copy_present_ptes(), which uses folio_pte_batch() " +
            "to find how many following PTEs map the same large folio and then tries to share them all at once with " +
            "folio_try_dup_anon_rmap_ptes(). When the folio may be pinned that try fails, and the batch is dropped: " +
            "copy_pte_range() leaves the page-table locks, preallocates one page, copies the single page at the head, " +
            "and comes back to the next PTE, where folio_pte_batch() scans the rest of the same folio again. An " +
            "n-page folio so costs about n^2/2 PTE reads instead of n; what that adds to the pinned cost per GiB " +
            "depends on the price of a batch compare on the host (fitted above). proposal-batch-no-retry stops re-batching a folio whose batch failed; " +
            "proposal-exact-pincount replaces the maybe-pinned test with an exact count of pinned pages in the mm. " +
            "The model's PTE reads per folio under each are in the table above."));
        return string.Join('\n', lines) + "\n";
    }

    private static string Ms(double? ns) => ns is { } v && double.IsFinite(v) ? NumberFormat.Significant(v / 1e6) : Missing;

    private static string Ns(double ns) => NumberFormat.Significant(ns) + " ns";

    private static T? At<T>(IReadOnlyList<T?> list, int index) where T : struct => index < list.Count ? list[index] : null;

    private static List<string> Heading(string title) => [title, new string('-', title.Length)];

    private static IReadOnlyList<string> Wrap(string text) => TextWrap.Wrap(AsciiText.Sanitize(text), AsciiText.MaxColumns);

    private static string Paragraphs(IEnumerable<string> paragraphs) =>
        string.Join('\n', paragraphs.SelectMany(Wrap)) + "\n";
}
