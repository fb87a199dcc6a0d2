using ForkBench.Reporting.Svg;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// The legend, drawn in its own column right of the plot area so it can
/// never hide data. Every entry carries the full series name in
/// data-series and a tooltip, even when the visible label is abbreviated.
/// </summary>
public static class Legend
{
    public const double MaxTextWidth = 190;
    private const double Swatch = 28;
    private const double Gap = 8;
    private const double RowHeight = 20;

    /// <summary>Horizontal space the legend needs, including its gap to the plot.</summary>
    public static double Width(IReadOnlyList<LegendEntry> entries)
    {
        if (entries.Count == 0)
            return 0;
        double text = entries.Max(e => Math.Max(
            PlotStyle.TextWidth(e.Name, PlotStyle.LegendSize), PlotStyle.TextWidth(e.Detail ?? "", PlotStyle.LegendSize)));
        return 2 * Gap + Swatch + Gap + Math.Min(text, MaxTextWidth);
    }

    public static void Draw(SvgGroup parent, double x, double y, double maxHeight, IReadOnlyList<LegendEntry> entries)
    {
        var legend = parent.Group("legend");
        var labels = entries.Select(e => Lines(e.Name)).ToList();
        for (int i = 0; i < entries.Count; i++)
            if (entries[i].Detail is { } detail)
                labels[i] = [.. labels[i], PlotStyle.FitText(detail, PlotStyle.LegendSize, MaxTextWidth)];
        double lineHeight = PlotStyle.LegendSize + 3;
        double needed = labels.Sum(l => RowHeight + (l.Count - 1) * lineHeight);
        // Squeeze rows rather than spill below the plot when there are very many series.
        double squeeze = needed > maxHeight && needed > 0 ? maxHeight / needed : 1;
        double left = x + 2 * Gap;
        double top = y;
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var g = legend.Group("legend-entry");
            g.Element.SetAttributeValue("data-series", e.Name);
            SvgGroup.Title(g.Element, e.Name);
            double cy = top + RowHeight * squeeze / 2;
            DrawSymbol(g, e, left, cy);
            for (int line = 0; line < labels[i].Count; line++)
            {
                bool detail = e.Detail is not null && line == labels[i].Count - 1;
                g.Text(left + Swatch + Gap, cy + PlotStyle.LegendSize * 0.35 + line * lineHeight * squeeze, labels[i][line],
                    PlotStyle.LegendSize, fill: detail ? PlotStyle.MutedTextColor : PlotStyle.TextColor,
                    cssClass: detail ? "legend-detail" : "legend-label");
            }
            top += (RowHeight + (labels[i].Count - 1) * lineHeight) * squeeze;
        }
    }

    /// <summary>A long name wraps onto a second line; only a name longer than that is abbreviated.</summary>
    internal static IReadOnlyList<string> Lines(string name)
    {
        int chars = (int)(MaxTextWidth / (PlotStyle.LegendSize * 0.6));
        var lines = Text.TextWrap.Wrap(name, chars);
        if (lines.Count <= 2)
            return lines;
        string rest = string.Join(' ', lines.Skip(1));
        return [lines[0], Text.TextFit.Abbreviate(rest, chars)];
    }

    private static void DrawSymbol(SvgGroup g, LegendEntry e, double left, double cy)
    {
        switch (e.Symbol)
        {
            case LegendSymbol.Box:
                g.Rect(left + 4, cy - 7, Swatch - 8, 14, e.Color);
                break;
            case LegendSymbol.Point:
                g.Circle(left + Swatch / 2, cy, 5, e.Color);
                break;
            case LegendSymbol.Line:
                g.Line(left, cy, left + Swatch, cy, e.Color, 2.5, e.Dash);
                break;
            default:
                g.Line(left, cy, left + Swatch, cy, e.Color, 2, e.Dash);
                g.Circle(left + Swatch / 2, cy, 4, e.Color);
                break;
        }
    }
}
