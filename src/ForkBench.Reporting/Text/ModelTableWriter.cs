using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The model's results: first a variants x scenario-groups matrix of ns per
/// PTE (medians), then, per group, the spread and the exact counts that
/// explain each figure (atomics per PTE, pages copied, retries).
/// </summary>
public static class ModelTableWriter
{
    private const int MaxVariantWidth = 24;
    private const int GroupHeaderWidth = 10;

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
        lines.Add("Model: spread and the exact counts behind each figure");
        foreach (string group in groups)
        {
            lines.Add("");
            lines.AddRange(TextWrap.Wrap("[" + AsciiText.Sanitize(group) + "]", AsciiText.MaxColumns));
            lines.AddRange(Counts(results.Where(r => r.Group == group)));
        }
        return string.Join('\n', lines) + "\n";
    }

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
                cells.Add(r is null ? "-" : NumberFormat.Significant(r.NsPerPte));
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
                NumberFormat.Significant(r.LowNsPerPte) + ".." + NumberFormat.Significant(r.HighNsPerPte),
                c is null ? "-" : NumberFormat.Significant(c.AtomicsPerPte),
                c is null ? "-" : NumberFormat.Count(c.PagesCopied),
                c is null ? "-" : NumberFormat.Count(c.Retries),
                c is null ? "-" : NumberFormat.Count(c.Ptes));
        }
        return table.Render();
    }
}
