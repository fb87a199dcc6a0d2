using ForkBench.Reporting.Formatting;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The table of a figure paired in rounds within the run (the model's
/// fork over its floor, a native fork's cost per walk): two label columns,
/// the median of the rounds' ratios, its 95% interval (marked wide or
/// absent as everywhere in the report) and the number of rounds, then the
/// sentence saying what a round times.
/// </summary>
internal static class PairedRoundsTable
{
    /// <summary>One row: the two labels, the median ratio, its bounds (null where the sample was too small) and the rounds.</summary>
    internal readonly record struct Row(string First, string Second, double Median, double? Lower, double? Upper, int Rounds);

    public static string Write(string title, (string First, string Second, string Figure) columns, IEnumerable<Row> rows, string explanation)
    {
        var lines = new List<string>(TextWrap.Wrap(title, AsciiText.MaxColumns)) { "" };
        var table = new TextTable(
            new TextColumn(columns.First, ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 8),
            new TextColumn(columns.Second, ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 3),
            new TextColumn(columns.Figure),
            new TextColumn("95% interval"),
            new TextColumn("rounds"));
        bool marked = false;
        foreach (Row r in rows)
        {
            string interval = IntervalMark.Interval(r.Median, r.Lower, r.Upper);
            bool plain = r.Lower is not null && r.Upper is not null && interval == IntervalMark.Bounds(r.Lower, r.Upper);
            marked |= !plain;
            table.AddRow(r.First, r.Second, NumberFormat.Fixed(r.Median, 3), interval, NumberFormat.Count(r.Rounds));
        }
        lines.AddRange(table.Render());
        if (marked)
            lines.AddRange(TextWrap.Wrap(IntervalMark.Legend(), AsciiText.MaxColumns));
        lines.Add("");
        lines.AddRange(TextWrap.Wrap(explanation, AsciiText.MaxColumns));
        return string.Join('\n', lines) + "\n";
    }
}
