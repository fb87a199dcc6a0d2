using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Text;
using ForkBench.Results.Statistics;
using ScottPlot;

namespace ForkBench.Reporting.Plots;

/// <summary>
/// The model's ns per PTE: one panel per scenario group side by side, one
/// bar per copy variant (same colour and place for a variant in every
/// panel), an error bar for the 95% interval of every median that has one
/// (the caption names those without) and a dashed line at the physical floor. Panels share the y axis so bars compare across
/// panels; the axis turns logarithmic when values span more than 20x, or the
/// cheap variants would be invisible slivers.
/// </summary>
public static class ModelBarPlot
{
    /// <summary>Width of the data area, roughly: the plot less the y axis and the legend column.</summary>
    private const double DataWidth = PlotStyle.Width - 340;

    private const float ValueLabelSize = 10;

    /// <summary>Bars without an interval named one by one in the caption; more are counted.</summary>
    private const int MaxNamedBars = 3;

    public static Plot Create(IReadOnlyList<VariantResult> results, PhysicalFloor? floor, ReportHeader? header)
    {
        var plot = PlotStyle.Create("Model: ns per PTE copied by fork(), by variant", header);
        var drawn = results.Where(r => double.IsFinite(r.NsPerPte) && r.NsPerPte > 0).ToList();
        var values = drawn.SelectMany(r => new[] { r.NsPerPte, r.LowNsPerPte ?? r.NsPerPte, r.HighNsPerPte ?? r.NsPerPte })
            .Concat(floor is null ? [] : [floor.NsPerPte])
            .Where(v => double.IsFinite(v) && v > 0).ToList();
        if (values.Count == 0)
            return PlotStyle.NoData(plot);

        var groups = results.Select(r => r.Group).Distinct().ToList();
        var variants = results.Select(r => r.Variant).Distinct().ToList();
        var layout = new ModelBarLayout(groups.Count, variants.Count);
        LogTicks? log = values.Max() / values.Min() > 20 ? LogTicks.Decades(values.Min(), values.Max(), v => NumberFormat.Compact(v)) : null;
        double Y(double v) => log is null ? v : Math.Log10(v);
        double bottom = log is null ? 0 : log.Low - 0.04;

        for (int v = 0; v < variants.Count; v++)
        {
            var bars = drawn.Where(r => r.Variant == variants[v]).Select(r => new Bar
            {
                Position = layout.Position(groups.IndexOf(r.Group), v),
                Value = Y(r.NsPerPte),
                ValueBase = bottom,
                Size = 0.8,
                FillColor = Palette.Series(v),
                LineWidth = 0,
            }).ToArray();
            var series = plot.Add.Bars(bars);
            series.LegendText = PlotStyle.Label(variants[v]);
            series.Color = Palette.Series(v);
        }

        var withSpread = drawn.Where(r => HasSpread(r, log is not null)).ToList();
        if (withSpread.Count > 0)
        {
            double[] xs = [.. withSpread.Select(r => layout.Position(groups.IndexOf(r.Group), variants.IndexOf(r.Variant)))];
            double[] ys = [.. withSpread.Select(r => Y(r.NsPerPte))];
            var spread = new ScottPlot.Plottables.ErrorBar(xs, ys, null, null,
                [.. withSpread.Select(r => Math.Max(0, Y(r.HighNsPerPte!.Value) - Y(r.NsPerPte)))],
                [.. withSpread.Select(r => Math.Max(0, Y(r.NsPerPte) - Y(r.LowNsPerPte!.Value)))])
            {
                Color = PlotStyle.AxisColor,
                LineWidth = 1.5f,
                CapSize = (float)Math.Min(8, layout.SlotPixels(DataWidth) / 3),
            };
            plot.Add.Plottable(spread);
        }

        double top = drawn.Select(r => Y(Top(r, log is not null)))
            .Concat(floor is not null && floor.NsPerPte > 0 ? [Y(floor.NsPerPte)] : [])
            .Max();
        double axisTop = log is null ? top * 1.04 : Math.Max(log.High, top) + 0.04;
        double room = AddValueLabels(plot, drawn, r => layout.Position(groups.IndexOf(r.Group), variants.IndexOf(r.Variant)),
            r => Y(Top(r, log is not null)), layout.SlotPixels(DataWidth));
        axisTop += room * (axisTop - bottom);

        if (floor is not null && floor.NsPerPte > 0)
        {
            var line = plot.Add.HorizontalLine(Y(floor.NsPerPte), 1.5f, Palette.Floor, LinePattern.Dashed);
            // One line: ScottPlot gives every legend entry the height of the tallest.
            line.LegendText = $"physical floor: {NumberFormat.Significant(floor.NsPerPte)} ns/PTE";
        }
        for (int g = 1; g < groups.Count; g++)
        {
            var gap = plot.Add.VerticalLine(layout.Separator(g), 1, PlotStyle.GridColor);
            gap.LegendText = "";
        }

        plot.Axes.SetLimits(-0.7, layout.Last + 0.7, bottom, axisTop);
        if (log is not null)
            LogAxes.Apply(plot, null, log);
        else
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => NumberFormat.Compact(v) };
        plot.Axes.Bottom.TickGenerator = new FixedTicks(
            [.. groups.Select((_, g) => layout.Centre(g))],
            [.. groups.Select(g => PlotStyle.Label(g, layout.GroupPixels(DataWidth), PlotStyle.TickLabelSize))]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.YLabel(log is null ? "ns per PTE" : "ns per PTE (log scale)");
        plot.XLabel(Caption(results.Count, drawn, withSpread.Count, log is not null, floor));
        PlotStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>
    /// Whether a bar has an interval to draw: both ends known and finite
    /// and, on a log axis, positive. An order-statistic interval of positive
    /// samples always is; one of equal ends is drawn as the flat bar it is.
    /// </summary>
    internal static bool HasSpread(VariantResult r, bool logAxis) =>
        r is { LowNsPerPte: { } low, HighNsPerPte: { } high } && double.IsFinite(low) && double.IsFinite(high)
        && (!logAxis || low > 0);

    private static double Top(VariantResult r, bool logAxis) =>
        HasSpread(r, logAxis) ? Math.Max(r.NsPerPte, r.HighNsPerPte!.Value) : r.NsPerPte;

    /// <summary>
    /// Below the panels: what the error bars are, which bars have none (a
    /// reader must not take a missing bar for a zero spread) and why, and
    /// what the floor line stands for.
    /// </summary>
    internal static string Caption(int results, IReadOnlyList<VariantResult> bars, int errorBars, bool logAxis, PhysicalFloor? floor)
    {
        var notes = new List<string>();
        if (bars.Count < results)
            notes.Add($"{results - bars.Count} of {results} values not drawn (not a positive number)");
        notes.Add($"error bars: {IntervalMark.Level} interval of the median");
        var none = bars.Where(r => !r.HasInterval).ToList();
        if (none.Count > 0)
        {
            string which = none.Count <= MaxNamedBars
                ? string.Join(", ", none.Select(r => $"{r.Group} {r.Variant}"))
                : $"{none.Count} of {bars.Count} bars";
            notes.Add($"no {IntervalMark.Level} interval (n < {SampleSummarizer.MinimumCountForMedianInterval()}): {which}");
        }
        int unplottable = bars.Count - none.Count - errorBars;
        if (unplottable > 0)
            notes.Add($"{unplottable} interval(s) not drawn ({(logAxis ? "a bound not positive on a log axis" : "a bound not finite")})");
        string caption = string.Join("; ", notes);
        return floor is null ? caption : caption + "\n" + PlotStyle.Label(floor.Label, 500, PlotStyle.AxisTitleSize);
    }

    /// <summary>
    /// The value above each bar (on a log axis 5.2 and 6.4 look alike):
    /// level when the bar is wide enough, upright when not, left out when
    /// even that would overlap. Returns the share of the axis height to add
    /// on top so the labels stay inside.
    /// </summary>
    private static double AddValueLabels(Plot plot, List<VariantResult> bars, Func<VariantResult, double> x,
        Func<VariantResult, double> top, double slotPixels)
    {
        var texts = bars.Select(r => NumberFormat.Significant(r.NsPerPte)).ToList();
        double widest = texts.Max(t => PlotFont.Width(t, ValueLabelSize));
        bool level = widest + 4 <= slotPixels;
        if (!level && slotPixels < ValueLabelSize + 2)
            return 0;
        for (int i = 0; i < bars.Count; i++)
        {
            var label = plot.Add.Text(texts[i], x(bars[i]), top(bars[i]));
            label.LabelFontSize = ValueLabelSize;
            label.LabelFontColor = PlotStyle.TextColor;
            label.OffsetY = -3;
            label.LabelAlignment = level ? Alignment.LowerCenter : Alignment.MiddleLeft;
            label.LabelRotation = level ? 0 : -90;
        }
        // The label's height over a data area of about 330 pixels.
        return (level ? ValueLabelSize + 6 : widest + 6) / 330;
    }
}
