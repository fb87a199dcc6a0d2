namespace ForkBench.Reporting.Text;

/// <summary>
/// A fixed-width table that never exceeds the page width: when the columns
/// are too wide, the columns allowed to overflow give up width (widest
/// first) and their cells are abbreviated or wrapped. Cells are sanitised
/// to ASCII. Rendering is pure: rows in, lines out.
/// </summary>
public sealed class TextTable
{
    private const string Gap = "  ";
    private readonly IReadOnlyList<TextColumn> _columns;
    private readonly List<string[]?> _rows = [];

    public TextTable(params TextColumn[] columns)
    {
        if (columns.Length == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        _columns = columns;
    }

    public void AddRow(params string[] cells)
    {
        if (cells.Length != _columns.Count)
            throw new ArgumentException($"Expected {_columns.Count} cells, got {cells.Length}.", nameof(cells));
        _rows.Add(cells.Select(AsciiText.Sanitize).ToArray());
    }

    /// <summary>A blank line between groups of rows.</summary>
    public void AddBlankLine() => _rows.Add(null);

    public IReadOnlyList<string> Render(int maxWidth = AsciiText.MaxColumns)
    {
        var headers = _columns.Select(c => c.Header.Split('\n').Select(AsciiText.Sanitize).ToArray()).ToArray();
        int[] widths = NaturalWidths(headers);
        Shrink(widths, maxWidth);

        var lines = new List<string>();
        int headerLines = headers.Max(h => h.Length);
        for (int line = 0; line < headerLines; line++)
        {
            // Headers align to the bottom line, like mmtests' two-line kernel headers.
            var cells = headers.Select(h => HeaderLine(h, line, headerLines)).ToArray();
            lines.Add(Join(cells.Select((c, i) => Align(TextFit.Abbreviate(c, widths[i]), i, widths[i]))));
        }
        lines.Add(Join(widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            if (row is null)
                lines.Add("");
            else
                lines.AddRange(RenderRow(row, widths));
        }
        // A line can only be too wide when fixed columns alone exceed the page: continue it on the
        // next line rather than cut it, because a cut number would be a wrong number.
        return lines.SelectMany(l => Fold(l, maxWidth)).ToList();
    }

    private static IEnumerable<string> Fold(string line, int maxWidth)
    {
        const string indent = "    ";
        while (line.Length > maxWidth)
        {
            yield return line[..maxWidth].TrimEnd();
            line = indent + line[maxWidth..].TrimStart();
            if (line.Length <= indent.Length)
                yield break;
        }
        yield return line;
    }

    private static string HeaderLine(string[] header, int line, int headerLines)
    {
        int index = line - (headerLines - header.Length);
        return index >= 0 ? header[index] : "";
    }

    private int[] NaturalWidths(string[][] headers)
    {
        var widths = new int[_columns.Count];
        for (int i = 0; i < widths.Length; i++)
        {
            widths[i] = headers[i].Max(h => h.Length);
            foreach (var row in _rows)
                if (row is not null)
                    widths[i] = Math.Max(widths[i], row[i].Length);
        }
        return widths;
    }

    private void Shrink(int[] widths, int maxWidth)
    {
        int excess = widths.Sum() + Gap.Length * (widths.Length - 1) - maxWidth;
        while (excess > 0)
        {
            int widest = -1;
            for (int i = 0; i < widths.Length; i++)
            {
                if (_columns[i].Overflow != ColumnOverflow.Keep && widths[i] > _columns[i].MinWidth
                    && (widest < 0 || widths[i] > widths[widest]))
                    widest = i;
            }
            if (widest < 0)
                return;
            widths[widest]--;
            excess--;
        }
    }

    private IEnumerable<string> RenderRow(string[] row, int[] widths)
    {
        var pieces = row.Select((cell, i) => _columns[i].Overflow == ColumnOverflow.Wrap
            ? TextWrap.Wrap(cell, widths[i])
            : [TextFit.Abbreviate(cell, widths[i])]).ToArray();
        int height = pieces.Max(p => p.Count);
        for (int line = 0; line < height; line++)
            yield return Join(pieces.Select((p, i) => Align(line < p.Count ? p[line] : "", i, widths[i])));
    }

    private string Align(string text, int column, int width) =>
        _columns[column].Align == ColumnAlign.Left ? text.PadRight(width) : text.PadLeft(width);

    private static string Join(IEnumerable<string> cells) => string.Join(Gap, cells).TrimEnd();
}
