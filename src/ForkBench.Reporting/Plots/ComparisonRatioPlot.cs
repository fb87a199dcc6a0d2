using ForkBench.Reporting.Model;
using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Scales;
using ForkBench.Reporting.Svg;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// Current vs baseline as a forest plot: per measurement id the ratio of
/// medians with its confidence interval, coloured by verdict, against a
/// line at 1 (no change). An interval that crosses the line is noise.
/// </summary>
public static class ComparisonRatioPlot
{
    private const double LabelSize = 12;
    private const double MaxLabelShare = 0.38;
    private const double RowHeight = 22;

    public static string Render(IReadOnlyList<ComparisonRow> rows, ReportHeader? header,
        string baselineLabel = "baseline", string currentLabel = "current")
    {
        var doc = new SvgDocument(PlotStyle.Width, Math.Max(PlotStyle.Height, 124 + RowHeight * rows.Count));
        PlotCaption.For($"{currentLabel} vs {baselineLabel}: ratio of medians with 95% CI", header).Draw(doc);
        var valid = rows.Where(r => double.IsFinite(r.Ratio) && double.IsFinite(r.RatioLow) && double.IsFinite(r.RatioHigh)).ToList();
        if (valid.Count == 0)
            return LatencyVsSizePlot.NoData(doc);

        string prefix = Text.ComparisonTableWriter.CommonPrefix(valid.Select(r => r.Id));
        var values = valid.SelectMany(r => new[] { r.Ratio, r.RatioLow, r.RatioHigh }).Append(1.0).ToList();
        var x = LinearScale.Nice(values.Min(), values.Max(), 8);
        var entries = new List<LegendEntry>
        {
            new("faster", Palette.Faster, LegendSymbol.Point),
            new("slower", Palette.Slower, LegendSymbol.Point),
            new("no significant change", Palette.Same, LegendSymbol.Point),
        };
        double labelWidth = Math.Min(doc.Width * MaxLabelShare,
            valid.Max(r => PlotStyle.TextWidth(r.Id[prefix.Length..], LabelSize)));
        var area = AxisPainter.Area(doc.Width, doc.Height, labelWidth, Legend.Width(entries));

        string title = "ratio current / baseline" + (prefix.Length > 0 ? $"  (ids under {prefix})" : "");
        AxisPainter.DrawX(doc, area, x, v => NumberFormat.Compact(v), title);
        double one = AxisPainter.X(area, x, 1);
        doc.Line(one, area.Y, one, area.Bottom, PlotStyle.AxisColor, 1.5, "5 3", "reference");
        var data = doc.Group("data");
        double row = area.Height / valid.Count;
        for (int i = 0; i < valid.Count; i++)
        {
            var r = valid[i];
            double cy = area.Y + row * (i + 0.5);
            string color = r.Verdict switch { Verdict.Faster => Palette.Faster, Verdict.Slower => Palette.Slower, _ => Palette.Same };
            var g = data.Group("row");
            g.Element.SetAttributeValue("data-series", r.Id);
            g.Element.SetAttributeValue("data-verdict", r.Verdict.ToString());
            SvgGroup.Title(g.Element, $"{r.Id}: {NumberFormat.SignedPercent(r.ChangePercent)} ({r.Verdict})");
            g.Text(area.X - 8, cy + LabelSize * 0.35, PlotStyle.FitText(r.Id[prefix.Length..], LabelSize, labelWidth), LabelSize, "end",
                cssClass: "row-label");
            double lo = AxisPainter.X(area, x, r.RatioLow), hi = AxisPainter.X(area, x, r.RatioHigh);
            double cap = Math.Min(5, row / 3);
            g.Line(lo, cy, hi, cy, color, 2, cssClass: "errorbar");
            g.Line(lo, cy - cap, lo, cy + cap, color, 2, cssClass: "errorbar");
            g.Line(hi, cy - cap, hi, cy + cap, color, 2, cssClass: "errorbar");
            g.Circle(AxisPainter.X(area, x, r.Ratio), cy, Math.Min(5, row / 2.5), color, cssClass: "point");
            // The change in percent beside its interval, on whichever side has room.
            string change = NumberFormat.SignedPercent(r.ChangePercent, 1);
            bool right = hi + 8 + PlotStyle.TextWidth(change, LabelSize) <= area.Right;
            PlotStyle.Halo(g.Text(right ? hi + 8 : lo - 8, cy + LabelSize * 0.35, change, LabelSize, right ? "start" : "end", color,
                cssClass: "change-label"));
        }
        doc.Rect(area.X, area.Y, area.Width, area.Height, "none", PlotStyle.AxisColor, "plot-area");
        Legend.Draw(doc, area.Right, area.Y, area.Height, entries);
        return doc.ToString();
    }
}
