using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// Measured fork() latency on the running kernel: one block of rows per
/// scenario, one row per size, with median, the bounds of its 95% interval,
/// how far that interval reaches in % of the median, and the sample count.
/// A median whose interval is wider than the target, or that has none, is
/// marked (see <see cref="IntervalMark"/>) and the marks are explained
/// under the table.
/// </summary>
public static class NativeTableWriter
{
    public static string Write(IReadOnlyList<LatencySeries> series)
    {
        var table = new TextTable(
            new TextColumn("scenario", ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 8),
            new TextColumn("RSS"),
            new TextColumn("median"),
            new TextColumn("low"),
            new TextColumn("high"),
            new TextColumn("spread"),
            new TextColumn("n"));
        bool marked = false;
        for (int s = 0; s < series.Count; s++)
        {
            if (s > 0)
                table.AddBlankLine();
            var points = series[s].Points.OrderBy(p => p.SizeBytes).ToList();
            if (points.Count == 0)
                table.AddRow(series[s].Name, "-", NumberFormat.NotAvailable, "", "", "", "0");
            for (int i = 0; i < points.Count; i++)
            {
                var p = points[i];
                marked |= IntervalMark.For(p.HasInterval, p.RelativeHalfWidth).Length > 0;
                table.AddRow(
                    i == 0 ? series[s].Name : "",
                    SizeFormat.Format(p.SizeBytes),
                    DurationFormat.Format(p.MedianNs),
                    p.LowNs is { } low ? DurationFormat.Format(low) : "-",
                    p.HighNs is { } high ? DurationFormat.Format(high) : "-",
                    Spread(p),
                    NumberFormat.Count(p.SamplesNs.Count));
            }
        }

        var lines = new List<string>();
        lines.AddRange(TextWrap.Wrap(
            $"fork() latency by RSS (median; low/high: {IntervalMark.Level} interval of the median; "
            + "spread: how far it reaches from the median, the larger side, in % of the median)",
            AsciiText.MaxColumns));
        lines.Add("");
        lines.AddRange(table.Render());
        if (marked)
        {
            lines.Add("");
            lines.AddRange(TextWrap.Wrap(IntervalMark.Legend(), AsciiText.MaxColumns));
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// The larger distance from the median to low or high in % of the
    /// median, e.g. "+-2.1%"; "+-26% wide" past the target, "no interval"
    /// without one.
    /// </summary>
    internal static string Spread(LatencyPoint p)
    {
        string mark = IntervalMark.For(p.HasInterval, p.RelativeHalfWidth);
        if (!p.HasInterval)
            return mark;
        double half = p.RelativeHalfWidth * 100;
        string text = double.IsFinite(half) ? "+-" + NumberFormat.Significant(half, 2) + "%" : NumberFormat.NotAvailable;
        return mark.Length == 0 ? text : text + " " + mark;
    }
}
