using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// fork() latency (median) against RSS on log-log axes, drawn in ASCII for
/// a mail: a straight line of slope one means the cost grows linearly with
/// memory, and the vertical gaps between scenarios are ratios. One symbol
/// per scenario, '.' between points, '&amp;' where scenarios overlap.
/// </summary>
public static class AsciiLatencyChart
{
    public const string Symbols = "ox+*#@%=";
    public const char Overlap = '&';
    private const int LabelWidth = 7;
    private const int PlotWidth = 64;
    private const int PlotHeight = 18;
    private const int MinTickSpacing = 7;

    public static string Write(IReadOnlyList<LatencySeries> series, string title = "fork() latency vs RSS (medians, log-log)")
    {
        var shown = series.Take(Symbols.Length).ToList();
        var points = shown.SelectMany(s => Valid(s)).ToList();
        var lines = new List<string>(TextWrap.Wrap(AsciiText.Sanitize(title), AsciiText.MaxColumns)) { "" };
        if (points.Count == 0)
        {
            lines.Add("(no data)");
            return string.Join('\n', lines) + "\n";
        }

        var x = AsciiLogAxis.Create(points.Min(p => (double)p.SizeBytes), points.Max(p => (double)p.SizeBytes), 2, PlotWidth);
        var y = AsciiLogAxis.Create(points.Min(p => p.MedianNs), points.Max(p => p.MedianNs), 10, PlotHeight);
        var grid = new char[PlotHeight, PlotWidth];
        for (int r = 0; r < PlotHeight; r++)
            for (int c = 0; c < PlotWidth; c++)
                grid[r, c] = ' ';

        for (int s = 0; s < shown.Count; s++)
        {
            var cells = Valid(shown[s]).Select(p => (Row: PlotHeight - 1 - y.Cell(p.MedianNs), Col: x.Cell(p.SizeBytes))).ToList();
            for (int i = 1; i < cells.Count; i++)
                Connect(grid, cells[i - 1], cells[i]);
            foreach (var (row, col) in cells)
                grid[row, col] = grid[row, col] is ' ' or '.' || grid[row, col] == Symbols[s] ? Symbols[s] : Overlap;
        }

        lines.AddRange(Body(grid, y));
        lines.AddRange(XAxis(x));
        lines.AddRange(Legend(shown, series.Count - shown.Count, grid));
        return string.Join('\n', lines) + "\n";
    }

    private static IEnumerable<LatencyPoint> Valid(LatencySeries s) =>
        s.Points.Where(p => p.SizeBytes > 0 && double.IsFinite(p.MedianNs) && p.MedianNs > 0).OrderBy(p => p.SizeBytes);

    private static void Connect(char[,] grid, (int Row, int Col) a, (int Row, int Col) b)
    {
        int steps = Math.Max(Math.Abs(b.Row - a.Row), Math.Abs(b.Col - a.Col));
        for (int i = 1; i < steps; i++)
        {
            int r = (int)Math.Round(a.Row + (b.Row - a.Row) * (double)i / steps);
            int c = (int)Math.Round(a.Col + (b.Col - a.Col) * (double)i / steps);
            if (grid[r, c] == ' ')
                grid[r, c] = '.';
        }
    }

    private static IEnumerable<string> Body(char[,] grid, AsciiLogAxis y)
    {
        // At least one empty row between labelled ticks.
        int every = 1;
        while ((double)y.Span / every * 2 > PlotHeight)
            every++;
        var labels = new Dictionary<int, string>();
        foreach (double t in y.Ticks(every))
            labels.TryAdd(PlotHeight - 1 - y.Cell(t), DurationFormat.Format(t, digits: 1));
        for (int r = 0; r < PlotHeight; r++)
        {
            bool tick = labels.TryGetValue(r, out string? label);
            var row = new char[PlotWidth];
            for (int c = 0; c < PlotWidth; c++)
                row[c] = grid[r, c];
            yield return ((label ?? "").PadLeft(LabelWidth) + (tick ? " +" : " |") + new string(row)).TrimEnd();
        }
    }

    private static IEnumerable<string> XAxis(AsciiLogAxis x)
    {
        var axis = new char[PlotWidth];
        Array.Fill(axis, '-');
        var labels = new char[PlotWidth + LabelWidth];
        Array.Fill(labels, ' ');
        int every = 1;
        while ((double)x.Span / every * MinTickSpacing > PlotWidth)
            every++;
        foreach (double t in x.Ticks(every))
        {
            int col = x.Cell(t);
            axis[col] = '+';
            string text = SizeFormat.Short(t);
            int start = Math.Clamp(col - text.Length / 2, 0, labels.Length - text.Length);
            text.CopyTo(0, labels, start, text.Length);
        }
        yield return new string(' ', LabelWidth) + " +" + new string(axis);
        yield return (new string(' ', LabelWidth + 2) + new string(labels)).TrimEnd();
        yield return new string(' ', LabelWidth + 2 + PlotWidth / 2 - 1) + "RSS";
    }

    private static IEnumerable<string> Legend(List<LatencySeries> shown, int omitted, char[,] grid)
    {
        var entries = shown.Select((s, i) => Symbols[i] + " " + TextFit.Abbreviate(AsciiText.Sanitize(s.Name), 24)).ToList();
        if (grid.Cast<char>().Contains(Overlap))
            entries.Add(Overlap + " several");
        yield return "";
        // Pack whole entries per line so a symbol never ends up apart from its name.
        string line = "";
        foreach (string entry in entries)
        {
            if (line.Length > 0 && line.Length + 3 + entry.Length > AsciiText.MaxColumns)
            {
                yield return line;
                line = "";
            }
            line += (line.Length > 0 ? "   " : "") + entry;
        }
        yield return line;
        if (omitted > 0)
            yield return $"({omitted} more scenarios not drawn; see the table)";
    }
}
