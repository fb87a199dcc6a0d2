using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The model's hot loop over the physical floor, each variant's fork and the
/// floor timed back to back in rounds: the figure that moves least from run
/// to run, so the one to quote when a change to the copy loop is a few
/// percent.
/// </summary>
public static class FloorRatioWriter
{
    public const string Title = "Model: fork over the physical floor with the write-protect, paired in rounds";

    public static string Write(IReadOnlyList<FloorRatioRow> ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        var lines = new List<string>(TextWrap.Wrap(Title, AsciiText.MaxColumns)) { "" };
        var table = new TextTable(
            new TextColumn("variant", ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 8),
            new TextColumn("process", ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 8),
            new TextColumn("x floor"),
            new TextColumn("95% interval"),
            new TextColumn("rounds"));
        foreach (FloorRatioRow r in ratios)
        {
            string interval = r.Lower is { } low && r.Upper is { } high
                ? $"{NumberFormat.Fixed(low, 3)}..{NumberFormat.Fixed(high, 3)}"
                : IntervalMark.None;
            table.AddRow(r.Variant, r.Process, NumberFormat.Fixed(r.Median, 3), interval, NumberFormat.Count(r.Rounds));
        }
        lines.AddRange(table.Render());
        lines.Add("");
        lines.AddRange(TextWrap.Wrap("Each round times one floor pass and one fork back to back; the figure is the median "
            + "of the rounds' ratios, so a slower or busier machine moves both sides of a round together.", AsciiText.MaxColumns));
        return string.Join('\n', lines) + "\n";
    }
}
