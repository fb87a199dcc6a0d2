using ForkBench.Reporting.Formatting;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The table of a figure paired in rounds within the run (the model's
/// fork over its floor, a native fork's cost per walk): one or two label columns,
/// the median of the rounds' ratios, its 95% interval (marked wide or
/// absent as everywhere in the report) and the number of rounds, then the
/// sentence saying what a round times.
/// </summary>
internal static class PairedRoundsTable
{
    /// <summary>One row: the two labels, the median ratio, its bounds (null where the sample was too small) and the rounds.</summary>
    internal readonly record struct Row(string First, string Second, double Median, double? Lower, double? Upper, int Rounds);

    /// <summary>
    /// The title, then <paramref name="preamble"/> lines (if any), the
    /// table and the explanation. A null second column name leaves that
    /// column out (its labels are ignored).
    /// </summary>
    public static string Write(string title, (string First, string? Second, string Figure) columns, IEnumerable<Row> rows, string explanation,
        IEnumerable<string>? preamble = null)
    {
        var lines = new List<string>(TextWrap.Wrap(title, AsciiText.MaxColumns));
        foreach (string line in preamble ?? [])
            lines.AddRange(TextWrap.Wrap(line, AsciiText.MaxColumns));
        lines.Add("");
        bool second = columns.Second is not null;
        var header = new List<TextColumn> { new(columns.First, ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 8) };
        if (second)
            header.Add(new TextColumn(columns.Second!, ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 3));
        header.AddRange([new TextColumn(columns.Figure), new TextColumn("95% interval"), new TextColumn("rounds")]);
        var table = new TextTable([.. header]);
        bool marked = false;
        foreach (Row r in rows)
        {
            string interval = IntervalMark.Interval(r.Median, r.Lower, r.Upper);
            bool plain = r.Lower is not null && r.Upper is not null && interval == IntervalMark.Bounds(r.Lower, r.Upper);
            marked |= !plain;
            string[] figures = [NumberFormat.Fixed(r.Median, 3), interval, NumberFormat.Count(r.Rounds)];
            table.AddRow(second ? [r.First, r.Second, .. figures] : [r.First, .. figures]);
        }
        lines.AddRange(table.Render());
        if (marked)
            lines.AddRange(TextWrap.Wrap(IntervalMark.Legend(), AsciiText.MaxColumns));
        lines.Add("");
        lines.AddRange(TextWrap.Wrap(explanation, AsciiText.MaxColumns));
        return string.Join('\n', lines) + "\n";
    }
}
