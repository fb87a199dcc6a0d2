using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Plots;
using ScottPlot;
using Palette = ForkBench.Reporting.Plots.Palette;
using PlotStyle = ForkBench.Reporting.Plots.PlotStyle;

namespace ForkBench.Reporting.Study;

/// <summary>
/// Fork cost per GiB against folio size, both on log axes: measured pinned
/// and unpinned, and the prediction of each variant. On a log2 folio axis
/// the n^2/2 re-scan of a pinned large folio is a line whose slope the
/// proposals flatten. Predicted series are dashed and named "predicted" so
/// they never read as measurements. A point missing from a series is left
/// out of its line and counted in the subtitle.
/// </summary>
public static class PinnedFolioPlot
{
    public const string FileName = "pinned-large-folio";

    public static Plot Create(PinnedFolioStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var series = Series(study).Select(s => (s.Name, s.Predicted, Points: s.Points.Where(Valid).OrderBy(p => p.KiB).ToList())).ToList();
        var all = series.SelectMany(s => s.Points).ToList();
        // A series with no point at all (no calibration) is said once, not counted point by point.
        int missing = series.Where(s => s.Points.Count > 0).Sum(s => study.Rows.Count - s.Points.Count);
        bool nothingPredicted = series.Where(s => s.Predicted).All(s => s.Points.Count == 0);
        string today = study.TodayIndex >= 0 ? $" (today: {study.Variants[study.TodayIndex].Id})" : "";
        string note = $"marginal fork cost per GiB at {SizeFormat.Format(study.MeasuredSizeBytes)}\nopen markers: predicted{today}, not measured"
            + (missing > 0 ? $"\n{missing} point(s) missing (see report.txt)" : "")
            + (nothingPredicted ? "\nnothing predicted (no calibration of this host)" : "");
        var plot = PlotStyle.Create("fork() with pinned large folios", study.Header, note);
        if (all.Count == 0)
            return PlotStyle.NoData(plot);

        var x = LogTicks.PowersOfTwo(all.Min(p => p.KiB), all.Max(p => p.KiB), v => SizeFormat.Short((long)v * 1024));
        var y = LogTicks.Decades(all.Min(p => p.NsPerGiB), all.Max(p => p.NsPerGiB), v => DurationFormat.Format(v, 1));
        for (int i = 0; i < series.Count; i++)
        {
            if (series[i].Points.Count == 0)
                continue;
            var line = plot.Add.Scatter(
                series[i].Points.Select(p => Math.Log10(p.KiB)).ToArray(),
                series[i].Points.Select(p => Math.Log10(p.NsPerGiB)).ToArray(),
                Palette.Series(i));
            line.LegendText = PlotStyle.Label(series[i].Name);
            // Predictions are thin lines with open markers, measurements thick
            // with filled ones. Not dashes: the SVG backend draws a dashed
            // path solid (and complains on stderr), so a dash would not reach the SVG.
            line.LineWidth = series[i].Predicted ? 1 : 2;
            line.MarkerShape = series[i].Predicted ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
            line.MarkerSize = series[i].Predicted ? 6 : 7;
        }
        LogAxes.Apply(plot, x, y);
        plot.XLabel("folio size (log2 scale; 2M = PMD-mapped THP)");
        plot.YLabel("fork cost per GiB (log scale)");
        PlotStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>The series in legend order, with every row's value where it has one.</summary>
    internal static IReadOnlyList<(string Name, bool Predicted, IReadOnlyList<(int KiB, double NsPerGiB)> Points)> Series(PinnedFolioStudy study)
    {
        var list = new List<(string, bool, IReadOnlyList<(int, double)>)>
        {
            ("measured pinned", false, Points(study, r => r.PinnedNsPerGiB)),
            ("measured unpinned", false, Points(study, r => r.UnpinnedNsPerGiB)),
        };
        for (int i = 0; i < study.Variants.Count; i++)
        {
            int index = i;
            StudyVariant variant = study.Variants[i];
            list.Add(($"predicted {variant.Short}", true, Points(study, r => index < r.PredictedNsPerGiB.Count ? r.PredictedNsPerGiB[index] : null)));
        }
        return list;
    }

    private static List<(int, double)> Points(PinnedFolioStudy study, Func<PinnedFolioRow, double?> value) =>
        [.. study.Rows.Where(r => value(r) is not null).Select(r => (r.FolioKiB, value(r)!.Value))];

    private static bool Valid((int KiB, double NsPerGiB) p) => p.KiB > 0 && p.NsPerGiB > 0 && double.IsFinite(p.NsPerGiB);
}
