using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Scales;
using ForkBench.Reporting.Svg;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// fork() latency against RSS on log-log axes, one line per scenario over
/// a shaded band for the spread. On log-log axes linear scaling is a line of
/// slope one and the distance between two lines is their ratio, which is
/// how fork cost is argued about.
/// </summary>
public static class LatencyVsSizePlot
{
    public static string Render(IReadOnlyList<LatencySeries> series, ReportHeader? header,
        string spreadLabel = "95% CI of the median")
    {
        var doc = new SvgDocument(PlotStyle.Width, PlotStyle.Height);
        PlotCaption.For($"fork() latency vs RSS (median; band: {spreadLabel})", header).Draw(doc);
        var valid = series.Select(s => s.Points.Where(Valid).OrderBy(p => p.SizeBytes).ToList()).ToList();
        var all = valid.SelectMany(p => p).ToList();
        if (all.Count == 0)
            return NoData(doc);

        var x = LogScale.PowersOfTwo(all.Min(p => p.SizeBytes), all.Max(p => p.SizeBytes));
        var y = LogScale.Decades(all.Min(p => Math.Min(p.LowNs, p.MedianNs)), all.Max(p => Math.Max(p.HighNs, p.MedianNs)));
        var entries = series.Select((s, i) => new LegendEntry(s.Name, Palette.Color(i), LegendSymbol.LineWithPoint, Palette.Dash(i))).ToList();
        string YLabel(double v) => DurationFormat.Format(v, 1);
        var area = AxisPainter.Area(doc.Width, doc.Height, AxisPainter.LabelWidth(y, YLabel), Legend.Width(entries));

        AxisPainter.DrawX(doc, area, x, v => SizeFormat.Format((long)v), "RSS of the parent (log2)");
        AxisPainter.DrawY(doc, area, y, YLabel, "fork() latency (log10)");
        var data = doc.Group("data");
        for (int i = 0; i < valid.Count; i++)
            DrawSeries(data, area, x, y, series[i].Name, valid[i], Palette.Color(i), Palette.Dash(i));
        doc.Rect(area.X, area.Y, area.Width, area.Height, "none", PlotStyle.AxisColor, "plot-area");
        Legend.Draw(doc, area.Right, area.Y, area.Height, entries);
        return doc.ToString();
    }

    private static bool Valid(LatencyPoint p) =>
        p.SizeBytes > 0 && p.MedianNs > 0 && double.IsFinite(p.MedianNs)
        && p.LowNs > 0 && double.IsFinite(p.LowNs) && p.HighNs > 0 && double.IsFinite(p.HighNs);

    private static void DrawSeries(SvgGroup parent, PlotRect area, IScale x, IScale y, string name,
        List<LatencyPoint> points, string color, string? dash)
    {
        var g = parent.Group("series");
        g.Element.SetAttributeValue("data-series", name);
        double X(LatencyPoint p) => AxisPainter.X(area, x, p.SizeBytes);
        if (points.Count > 1)
        {
            var band = points.Select(p => (X(p), AxisPainter.Y(area, y, p.HighNs)))
                .Concat(points.AsEnumerable().Reverse().Select(p => (X(p), AxisPainter.Y(area, y, p.LowNs))));
            g.Polygon(band, color, 0.18, "band");
            g.Polyline(points.Select(p => (X(p), AxisPainter.Y(area, y, p.MedianNs))), color, 2, dash, "series-line");
        }
        foreach (var p in points)
        {
            // A single point has no band: show its spread as an error bar.
            if (points.Count == 1)
                g.Line(X(p), AxisPainter.Y(area, y, p.LowNs), X(p), AxisPainter.Y(area, y, p.HighNs), color, 1.5, cssClass: "errorbar");
            var c = g.Circle(X(p), AxisPainter.Y(area, y, p.MedianNs), 3.5, color, cssClass: "point");
            SvgGroup.Title(c, $"{name}: {SizeFormat.Format(p.SizeBytes)}, {DurationFormat.Format(p.MedianNs)}");
        }
    }

    internal static string NoData(SvgDocument doc)
    {
        doc.Text(doc.Width / 2, doc.Height / 2, "no data", 16, "middle", PlotStyle.MutedTextColor, cssClass: "no-data");
        return doc.ToString();
    }
}
