using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// Measured fork() latency on the running kernel: one block of rows per
/// scenario, one row per size, with median, the spread bounds, the spread
/// as +-% of the median and the sample count.
/// </summary>
public static class NativeTableWriter
{
    public static string Write(
        IReadOnlyList<LatencySeries> series,
        string spreadLabel = "95% CI of the median")
    {
        var table = new TextTable(
            new TextColumn("scenario", ColumnAlign.Left, ColumnOverflow.Wrap, MinWidth: 8),
            new TextColumn("RSS"),
            new TextColumn("median"),
            new TextColumn("low"),
            new TextColumn("high"),
            new TextColumn("spread"),
            new TextColumn("n"));
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
                table.AddRow(
                    i == 0 ? series[s].Name : "",
                    SizeFormat.Format(p.SizeBytes),
                    DurationFormat.Format(p.MedianNs),
                    DurationFormat.Format(p.LowNs),
                    DurationFormat.Format(p.HighNs),
                    Spread(p),
                    NumberFormat.Count(p.SamplesNs.Count));
            }
        }

        var lines = new List<string>();
        lines.AddRange(TextWrap.Wrap(
            $"fork() latency by RSS (median; low/high: {AsciiText.Sanitize(spreadLabel)}; spread: half of high-low, in % of the median)",
            AsciiText.MaxColumns));
        lines.Add("");
        lines.AddRange(table.Render());
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Half the low..high width relative to the median, e.g. "+-2.1%".</summary>
    internal static string Spread(LatencyPoint p)
    {
        double half = (p.HighNs - p.LowNs) / 2 / p.MedianNs * 100;
        return double.IsFinite(half) ? "+-" + NumberFormat.Significant(Math.Abs(half), 2) + "%" : NumberFormat.NotAvailable;
    }
}
