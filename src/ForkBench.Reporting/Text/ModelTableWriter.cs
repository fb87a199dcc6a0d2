using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The model's results: first a variants x scenario-groups matrix of ns per
/// PTE (medians), then, per group, the 95% interval of each median and the
/// exact counts that explain each figure (atomics per PTE, pages copied,
/// retries). A median whose interval is wider than the target, or that has
/// none, carries a "!" in the matrix and its mark (<see cref="IntervalMark"/>)
/// beside its interval, explained under the tables.
/// </summary>
public static class ModelTableWriter
{
    private const int MaxVariantWidth = 24;
    private const int GroupHeaderWidth = 10;

    /// <summary>Beside a median in the matrix whose interval is wide or absent.</summary>
    private const string MatrixMark = "!";

    public static string Write(IReadOnlyList<VariantResult> results)
    {
        var groups = results.Select(r => r.Group).Distinct().ToList();
        var variants = results.Select(r => r.Variant).Distinct().ToList();
        var lines = new List<string>
        {
            "Model: nanoseconds per PTE copied (median), variant x scenario",
            "",
        };
        foreach (var chunk in ChunkGroups(groups, variants))
        {
            lines.AddRange(Matrix(results, chunk, variants));
            lines.Add("");
        }
        bool marked = results.Any(IsMarked);
        if (marked)
        {
            lines.AddRange(TextWrap.Wrap($"{MatrixMark}: the median's interval is {IntervalMark.Wide} or there is {IntervalMark.None} (see below)", AsciiText.MaxColumns));
            lines.Add("");
        }
        lines.Add($"Model: {IntervalMark.Level} interval of the median and the exact counts behind each figure");
        foreach (string group in groups)
        {
            lines.Add("");
            lines.AddRange(TextWrap.Wrap("[" + AsciiText.Sanitize(group) + "]", AsciiText.MaxColumns));
            lines.AddRange(Counts(results.Where(r => r.Group == group)));
        }
        if (marked)
        {
            lines.Add("");
            lines.AddRange(TextWrap.Wrap(IntervalMark.Legend(), AsciiText.MaxColumns));
        }
        return string.Join('\n', lines) + "\n";
    }

    private static bool IsMarked(VariantResult r) => Mark(r).Length > 0;

    private static string Mark(VariantResult r) => IntervalMark.For(r.HasInterval, r.RelativeHalfWidth);

    private static IEnumerable<List<string>> ChunkGroups(List<string> groups, List<string> variants)
    {
        // Too many groups for one 80-column matrix: print several matrices, same rows.
        int variantWidth = Math.Clamp(variants.Select(v => v.Length).DefaultIfEmpty(7).Max(), 7, MaxVariantWidth);
        int room = AsciiText.MaxColumns - variantWidth;
        var chunk = new List<string>();
        int used = 0;
        foreach (string g in groups)
        {
            int width = 2 + GroupWidth(g);
            if (chunk.Count > 0 && used + width > room)
            {
                yield return chunk;
                chunk = [];
                used = 0;
            }
            chunk.Add(g);
            used += width;
        }
        if (chunk.Count > 0)
            yield return chunk;
    }

    private static int GroupWidth(string group) =>
        Math.Max(7, Header(group).Split('\n').Max(l => l.Length));

    private static string Header(string group) =>
        string.Join('\n', TextWrap.Wrap(AsciiText.Sanitize(group), GroupHeaderWidth));

    private static IEnumerable<string> Matrix(IReadOnlyList<VariantResult> results, List<string> groups, List<string> variants)
    {
        var columns = new List<TextColumn> { new("variant", ColumnAlign.Left, ColumnOverflow.Abbreviate, MinWidth: 7) };
        columns.AddRange(groups.Select(g => new TextColumn(Header(g))));
        var table = new TextTable(columns.ToArray());
        foreach (string v in variants)
        {
            var cells = new List<string> { v };
            foreach (string g in groups)
            {
                var r = results.FirstOrDefault(x => x.Group == g && x.Variant == v);
                cells.Add(r is null ? "-" : NumberFormat.Significant(r.NsPerPte) + (IsMarked(r) ? MatrixMark : ""));
            }
            table.AddRow(cells.ToArray());
        }
        return table.Render();
    }

    private static IEnumerable<string> Counts(IEnumerable<VariantResult> rows)
    {
        var table = new TextTable(
            new TextColumn("variant", ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 8),
            new TextColumn("ns/PTE"),
            new TextColumn("low..high"),
            new TextColumn("atomics/PTE"),
            new TextColumn("copies"),
            new TextColumn("retries"),
            new TextColumn("PTEs"));
        foreach (var r in rows)
        {
            var c = r.Counts;
            table.AddRow(
                r.Variant,
                NumberFormat.Significant(r.NsPerPte),
                Interval(r),
                c is null ? "-" : NumberFormat.Significant(c.AtomicsPerPte),
                c is null ? "-" : NumberFormat.Count(c.PagesCopied),
                c is null ? "-" : NumberFormat.Count(c.Retries),
                c is null ? "-" : NumberFormat.Count(c.Ptes));
        }
        return table.Render();
    }

    /// <summary>"372..407", "300..520 wide", or "no interval".</summary>
    private static string Interval(VariantResult r)
    {
        if (r is not { LowNsPerPte: { } low, HighNsPerPte: { } high })
            return IntervalMark.None;
        string mark = Mark(r);
        string text = NumberFormat.Significant(low) + ".." + NumberFormat.Significant(high);
        return mark.Length == 0 ? text : text + " " + mark;
    }
}
