using ForkBench.Results.Comparison;
using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// Baseline vs current in the layout kernel readers know from mmtests'
/// compare-kernels and the kernel test robot: the change in percent and a
/// mark per row. As in mmtests a "*" flags a significant change; as in
/// benchstat a "~" says there is none. Each row is one line under a short
/// label ("4 KiB pinned 1 GiB", as the native table names scenarios): a
/// measurement id is too long for an 80-column row and wrapped over several
/// lines, so the ids are listed once below the table, each under its label.
/// </summary>
public static class ComparisonTableWriter
{
    private const string IdIndent = "    ";

    public static string Write(
        IReadOnlyList<ComparisonRow> rows,
        string baselineLabel = "baseline",
        string currentLabel = "current",
        string title = "Comparison with the baseline (medians)",
        bool changesOnly = false,
        string? runsNote = null)
    {
        // A mailing-list post lists what changed, as the kernel test robot
        // does; the summary still counts every id compared.
        IReadOnlyList<ComparisonRow> all = rows;
        rows = changesOnly ? [.. rows.Where(r => IsChange(r.Verdict))] : rows;
        // The label gives up width before any number does, and is cut in the
        // middle rather than wrapped, so every row stays one line.
        var table = new TextTable(
            new TextColumn("scenario", ColumnAlign.Left, ColumnOverflow.Abbreviate, MinWidth: 12),
            new TextColumn("baseline", MinWidth: 8),
            new TextColumn("current", MinWidth: 8),
            new TextColumn("%change"),
            new TextColumn("verdict", ColumnAlign.Left),
            new TextColumn("ratio\n95% CI"));
        foreach (var r in rows)
        {
            table.AddRow(
                r.Name,
                QuantityFormat.Format(r.BaselineMedian, r.Unit, 4),
                QuantityFormat.Format(r.CurrentMedian, r.Unit, 4),
                NumberFormat.SignedPercent(r.ChangePercent),
                Mark(r.Verdict),
                Ratio(r.RatioLow) + ".." + Ratio(r.RatioHigh));
        }

        var lines = new List<string>();
        lines.AddRange(TextWrap.Wrap(AsciiText.Sanitize(title), AsciiText.MaxColumns));
        // Run names above ten-character number columns would widen them and
        // take the labels' room, so they are named once here.
        lines.AddRange(TextWrap.Wrap(
            $"baseline: {AsciiText.Sanitize(baselineLabel)}; current: {AsciiText.Sanitize(currentLabel)}", AsciiText.MaxColumns));
        lines.Add("");
        if (rows.Count > 0)
        {
            lines.AddRange(table.Render());
            lines.Add("");
        }
        lines.AddRange(TextWrap.Wrap(Summary(all), AsciiText.MaxColumns));
        if (runsNote is not null)
            lines.AddRange(TextWrap.Wrap(AsciiText.Sanitize(runsNote), AsciiText.MaxColumns));
        if (changesOnly && all.Count > rows.Count)
        {
            lines.AddRange(TextWrap.Wrap(
                $"The {all.Count - rows.Count} ids without a significant change (same or unknown) are not listed; " +
                "the compare command lists every id.", AsciiText.MaxColumns));
        }
        lines.AddRange(TextWrap.Wrap(
            "%change = (current - baseline) / baseline; * = significant change, " +
            "~ = no significant change, ? = unknown (too few samples, or a change no larger than " +
            "unchanged runs of the id show); ratio = current / baseline.",
            AsciiText.MaxColumns));
        if (rows.Count > 0)
        {
            lines.Add("");
            lines.AddRange(Ids(rows));
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// Every listed row's label with its full id on the next line, indented:
    /// an id is what a reader greps for or passes to the compare command.
    /// </summary>
    internal static IEnumerable<string> Ids(IReadOnlyList<ComparisonRow> rows)
    {
        yield return "Ids:";
        foreach (var r in rows)
        {
            foreach (string line in TextWrap.Wrap(AsciiText.Sanitize(r.Name), AsciiText.MaxColumns))
                yield return line;
            // A path has no spaces to wrap at; one longer than the page breaks mid-word.
            foreach (string line in TextWrap.Wrap(AsciiText.Sanitize(r.Id), AsciiText.MaxColumns - IdIndent.Length))
                yield return IdIndent + line;
        }
    }

    /// <summary>"* slower", "* faster", "?" (too few samples to say) or "~": the mark follows the verdict, never the size of the change.</summary>
    public static string Mark(Verdict verdict) => verdict switch
    {
        Verdict.Faster => "* faster",
        Verdict.Slower => "* slower",
        Verdict.Unknown => "? unknown",
        _ => "~",
    };

    /// <summary>Slower or Faster: what a changes-only table and plot list (Same and Unknown are counted, not listed).</summary>
    public static bool IsChange(Verdict verdict) => verdict is Verdict.Slower or Verdict.Faster;

    internal static string Summary(IReadOnlyList<ComparisonRow> rows)
    {
        int slower = rows.Count(r => r.Verdict == Verdict.Slower);
        int faster = rows.Count(r => r.Verdict == Verdict.Faster);
        int unknown = rows.Count(r => r.Verdict == Verdict.Unknown);
        int same = rows.Count - slower - faster - unknown;
        string undecided = unknown > 0 ? $", {unknown} unknown" : "";
        return $"{rows.Count} compared: {slower} slower, {faster} faster, {same} without significant change{undecided}.";
    }

    // Fixed decimals so 0.990..1.020 line up and a 1% change is visible.
    private static string Ratio(double ratio) =>
        Math.Abs(ratio) < 10 ? NumberFormat.Fixed(ratio, 3) : NumberFormat.Significant(ratio);
}
