using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Scales;
using ForkBench.Reporting.Svg;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// The model's ns per PTE: one panel per scenario group, one bar per copy
/// variant (same colour for a variant in every panel), error bars for the
/// spread and a dashed line at the physical floor. Panels share the y axis
/// so bars compare across panels; the axis turns logarithmic when values
/// span more than 20x, or the cheap variants would be invisible slivers.
/// </summary>
public static class ModelBarPlot
{
    private const double PanelGap = 14;
    private const double PanelTitleHeight = 20;

    public static string Render(IReadOnlyList<VariantResult> results, PhysicalFloor? floor, ReportHeader? header)
    {
        var groups = results.Select(r => r.Group).Distinct().ToList();
        var variants = results.Select(r => r.Variant).Distinct().ToList();
        int columns = Math.Min(Math.Max(groups.Count, 1), 4);
        int rows = Math.Max(1, (groups.Count + columns - 1) / columns);
        var doc = new SvgDocument(PlotStyle.Width, Math.Max(PlotStyle.Height, 60 + 220 * rows));
        PlotCaption.For("Model: ns per PTE copied by fork(), per copy variant", header).Draw(doc);
        var values = results.SelectMany(r => new[] { r.NsPerPte, r.LowNsPerPte, r.HighNsPerPte })
            .Concat(floor is null ? [] : [floor.NsPerPte])
            .Where(v => double.IsFinite(v) && v > 0).ToList();
        if (values.Count == 0)
            return LatencyVsSizePlot.NoData(doc);

        IScale y = values.Max() / values.Min() > 20
            ? LogScale.Decades(values.Min(), values.Max())
            : LinearScale.Nice(0, values.Max(), 6);
        var entries = variants.Select((v, i) => new LegendEntry(v, Palette.Color(i), LegendSymbol.Box)).ToList();
        if (floor is not null)
            entries.Add(new LegendEntry($"{floor.Label}: {NumberFormat.Significant(floor.NsPerPte)} ns/PTE", Palette.Floor, LegendSymbol.Line, "6 4"));
        string YLabel(double v) => NumberFormat.Compact(v);
        var all = AxisPainter.Area(doc.Width, doc.Height, AxisPainter.LabelWidth(y, YLabel), Legend.Width(entries), bottom: 24);

        double panelWidth = (all.Width - PanelGap * (columns - 1)) / columns;
        double panelHeight = (all.Height - PanelTitleHeight * rows - PanelGap * (rows - 1)) / rows;
        for (int g = 0; g < groups.Count; g++)
        {
            int col = g % columns, row = g / columns;
            var area = new PlotRect(
                all.X + col * (panelWidth + PanelGap),
                all.Y + PanelTitleHeight + row * (panelHeight + PanelTitleHeight + PanelGap),
                panelWidth, panelHeight);
            var panel = doc.Group("panel");
            panel.Element.SetAttributeValue("data-group", groups[g]);
            panel.Text(area.X + area.Width / 2, area.Y - 6, PlotStyle.FitText(groups[g], 14, area.Width), 14, "middle",
                bold: true, cssClass: "panel-title");
            string yTitle = y is LogScale ? "ns per PTE (log10)" : "ns per PTE";
            AxisPainter.DrawY(panel, area, y, YLabel, g == 0 ? yTitle : null, labels: col == 0);
            DrawBars(panel, area, y, results.Where(r => r.Group == groups[g]).ToList(), variants);
            if (floor is not null && floor.NsPerPte > 0)
            {
                double fy = AxisPainter.Y(area, y, floor.NsPerPte);
                panel.Line(area.X, fy, area.Right, fy, Palette.Floor, 1.5, "6 4", "floor");
            }
            panel.Line(area.X, area.Bottom, area.Right, area.Bottom, PlotStyle.AxisColor, 1, cssClass: "axis-line");
            panel.Rect(area.X, area.Y, area.Width, area.Height, "none", PlotStyle.AxisColor, "plot-area");
        }
        Legend.Draw(doc, all.Right, all.Y, all.Height, entries);
        return doc.ToString();
    }

    private static void DrawBars(SvgGroup panel, PlotRect area, IScale y, List<VariantResult> bars, List<string> variants)
    {
        double slot = area.Width / Math.Max(1, variants.Count);
        double bottom = AxisPainter.Y(area, y, y.DomainMin);
        foreach (var r in bars)
        {
            if (!double.IsFinite(r.NsPerPte) || r.NsPerPte <= 0)
                continue;
            int i = variants.IndexOf(r.Variant);
            double cx = area.X + slot * (i + 0.5);
            double width = slot * 0.7;
            double top = AxisPainter.Y(area, y, r.NsPerPte);
            var bar = panel.Rect(cx - width / 2, top, width, bottom - top, Palette.Color(i), cssClass: "bar");
            bar.SetAttributeValue("data-series", r.Variant);
            SvgGroup.Title(bar, $"{r.Group} / {r.Variant}: {NumberFormat.Significant(r.NsPerPte)} ns/PTE " +
                $"({NumberFormat.Significant(r.LowNsPerPte)}..{NumberFormat.Significant(r.HighNsPerPte)})");
            if (double.IsFinite(r.LowNsPerPte) && double.IsFinite(r.HighNsPerPte) && r.LowNsPerPte > 0)
            {
                double lo = AxisPainter.Y(area, y, r.LowNsPerPte), hi = AxisPainter.Y(area, y, r.HighNsPerPte);
                double cap = Math.Min(8, width / 3);
                panel.Line(cx, lo, cx, hi, PlotStyle.AxisColor, 1.5, cssClass: "errorbar");
                panel.Line(cx - cap, hi, cx + cap, hi, PlotStyle.AxisColor, 1.5, cssClass: "errorbar");
                panel.Line(cx - cap, lo, cx + cap, lo, PlotStyle.AxisColor, 1.5, cssClass: "errorbar");
                top = Math.Min(top, hi);
            }
            // The value above the bar: on a log axis 5.2 and 6.4 look alike.
            string value = NumberFormat.Significant(r.NsPerPte);
            double size = Math.Min(12, width / Math.Max(1, value.Length) / 0.6);
            if (size >= 8)
            {
                // A white halo keeps the number legible where the floor line crosses it.
                var text = panel.Text(cx, Math.Max(area.Y + size, top - 4), value, size, "middle", cssClass: "bar-label");
                PlotStyle.Halo(text);
            }
        }
    }
}
