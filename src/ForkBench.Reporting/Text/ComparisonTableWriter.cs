using ForkBench.Results.Comparison;
using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// Baseline vs current in the layout kernel readers know from mmtests'
/// compare-kernels and the kernel test robot: run names above the value
/// columns, the change in percent, and a mark per row. As in mmtests a "*"
/// flags a significant change; as in benchstat a "~" says there is none.
/// The id comes last (as in the test robot) so long ids can wrap.
/// </summary>
public static class ComparisonTableWriter
{
    public static string Write(
        IReadOnlyList<ComparisonRow> rows,
        string baselineLabel = "baseline",
        string currentLabel = "current",
        string title = "Comparison with the baseline (medians)",
        bool changesOnly = false)
    {
        // A mailing-list post lists what changed, as the kernel test robot
        // does; the summary still counts every id compared.
        IReadOnlyList<ComparisonRow> all = rows;
        rows = changesOnly ? [.. rows.Where(r => r.Verdict != Verdict.Same)] : rows;
        string prefix = rows.Count > 1 ? CommonPrefix(rows.Select(r => r.Id)) : "";
        var table = new TextTable(
            new TextColumn(Label(baselineLabel) + "\nbaseline", MinWidth: 8),
            new TextColumn(Label(currentLabel) + "\ncurrent", MinWidth: 8),
            new TextColumn("%change"),
            new TextColumn("verdict", ColumnAlign.Left),
            new TextColumn("ratio\n95% CI"),
            new TextColumn("id", ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 12));
        foreach (var r in rows)
        {
            table.AddRow(
                QuantityFormat.Format(r.BaselineMedian, r.Unit, 4),
                QuantityFormat.Format(r.CurrentMedian, r.Unit, 4),
                NumberFormat.SignedPercent(r.ChangePercent),
                Mark(r.Verdict),
                Ratio(r.RatioLow) + ".." + Ratio(r.RatioHigh),
                r.Id[prefix.Length..]);
        }

        var lines = new List<string>();
        lines.AddRange(TextWrap.Wrap(AsciiText.Sanitize(title), AsciiText.MaxColumns));
        if (prefix.Length > 0)
            lines.AddRange(TextWrap.Wrap("ids below start with " + AsciiText.Sanitize(prefix), AsciiText.MaxColumns));
        lines.Add("");
        if (rows.Count > 0)
            lines.AddRange(table.Render());
        lines.Add("");
        lines.AddRange(TextWrap.Wrap(Summary(all), AsciiText.MaxColumns));
        if (changesOnly && all.Count > rows.Count)
        {
            lines.AddRange(TextWrap.Wrap(
                $"The {all.Count - rows.Count} ids without significant change are not listed; " +
                "the compare command lists every id.", AsciiText.MaxColumns));
        }
        lines.AddRange(TextWrap.Wrap(
            "%change = (current - baseline) / baseline; * = significant change, " +
            "~ = no significant change, ? = too few samples to tell; ratio = current / baseline.",
            AsciiText.MaxColumns));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>"* slower", "* faster", "?" (too few samples to say) or "~": the mark follows the verdict, never the size of the change.</summary>
    public static string Mark(Verdict verdict) => verdict switch
    {
        Verdict.Faster => "* faster",
        Verdict.Slower => "* slower",
        Verdict.Unknown => "? unknown",
        _ => "~",
    };

    internal static string Summary(IReadOnlyList<ComparisonRow> rows)
    {
        int slower = rows.Count(r => r.Verdict == Verdict.Slower);
        int faster = rows.Count(r => r.Verdict == Verdict.Faster);
        int unknown = rows.Count(r => r.Verdict == Verdict.Unknown);
        int same = rows.Count - slower - faster - unknown;
        string undecided = unknown > 0 ? $", {unknown} unknown (too few samples)" : "";
        return $"{rows.Count} compared: {slower} slower, {faster} faster, {same} without significant change{undecided}.";
    }

    // Fixed decimals so 0.990..1.020 line up and a 1% change is visible.
    private static string Ratio(double ratio) =>
        Math.Abs(ratio) < 10 ? NumberFormat.Fixed(ratio, 3) : NumberFormat.Significant(ratio);

    /// <summary>The longest common prefix of all ids that ends with '/'.</summary>
    internal static string CommonPrefix(IEnumerable<string> ids)
    {
        string? prefix = null;
        foreach (string id in ids)
        {
            if (prefix is null)
            {
                prefix = id;
                continue;
            }
            int n = 0;
            while (n < prefix.Length && n < id.Length && prefix[n] == id[n])
                n++;
            prefix = prefix[..n];
        }
        if (prefix is null)
            return "";
        // Cut back to a whole path component and keep at least one character of every id.
        int slash = prefix.LastIndexOf('/');
        return slash < 0 ? "" : prefix[..(slash + 1)];
    }

    // Run names sit above ten-character number columns; a longer name would widen them.
    private static string Label(string label) => TextFit.Abbreviate(AsciiText.Sanitize(label), 14);
}
