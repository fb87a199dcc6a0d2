using ForkBench.Results.Comparison;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Output;

/// <summary>
/// Puts the writers together into the report a mailing-list post needs:
/// the comparison first (the news), then the native table and chart, then
/// the model, then the model priced with this host's calibration; one plot per part that has data.
/// </summary>
public static class StandardReport
{
    public static ReportContent Compose(ReportInput input)
    {
        var sections = new List<string>();
        var plots = new List<PlotFile>();
        var header = input.Header;
        if (input.Notice is { } notice)
            sections.Add(string.Join('\n', TextWrap.Wrap(notice, AsciiText.MaxColumns)) + "\n");
        if (input.Comparison.Count > 0)
        {
            sections.Add(ComparisonTableWriter.Write(input.Comparison, input.BaselineLabel, input.CurrentLabel, changesOnly: input.ComparisonChangesOnly, runsNote: input.ComparisonRunsNote));
            var plotted = input.ComparisonChangesOnly ? [.. input.Comparison.Where(r => ComparisonTableWriter.IsChange(r.Verdict))] : input.Comparison;
            if (plotted.Count > 0)
            {
                plots.Add(new PlotFile("comparison-ratio",
                    ComparisonRatioPlot.Create(plotted, header, input.BaselineLabel, input.CurrentLabel),
                    height: ComparisonRatioPlot.HeightFor(plotted.Count)));
            }
        }
        if (input.CountChanges.Count > 0)
            sections.Add(CountChangesWriter.Write(input.CountChanges));
        if (input.Latency.Count > 0)
        {
            sections.Add(NativeTableWriter.Write(input.Latency));
            var charted = input.ChartScenarios is { } names
                ? input.Latency.Where(s => names.Contains(s.Name)).ToList()
                : input.Latency;
            sections.Add(AsciiLatencyChart.Write(charted));
            // The plots draw the chosen scenarios too: fifteen lines make an
            // unreadable plot, and the text table above lists every scenario.
            plots.Add(new PlotFile("fork-latency-vs-rss", LatencyVsSizePlot.Create(charted, header)));
            var distributions = Distributions(charted, input.DistributionSizeBytes);
            if (distributions.Count > 0)
                plots.Add(new PlotFile("fork-latency-cdf", LatencyCdfPlot.Create(distributions, header)));
        }
        if (input.PerWalks.Count > 0)
            sections.Add(PerWalkWriter.Write(input.PerWalks));
        if (input.Model.Count > 0)
        {
            sections.Add(ModelTableWriter.Write(input.Model));
            plots.Add(new PlotFile("model-ns-per-pte", ModelBarPlot.Create(input.Model, input.Floor, header)));
        }
        if (input.FloorRatios.Count > 0)
            sections.Add(FloorRatioWriter.Write(input.FloorRatios));
        if (input.Calibration is { } calibration)
            sections.Add(CalibrationSectionWriter.Write(calibration));
        else if (input.CalibrationAbsentNote.Count > 0)
            sections.Add(string.Join('\n', input.CalibrationAbsentNote) + "\n");
        return new ReportContent(TextReport.Compose(header, sections), plots);
    }

    /// <summary>Samples at the requested size, or at the size most scenarios measured (the largest on a tie).</summary>
    internal static IReadOnlyList<LatencyDistribution> Distributions(IReadOnlyList<LatencySeries> latency, long? size)
    {
        long? chosen = size ?? latency
            .SelectMany(s => s.Points.Where(p => p.SamplesNs.Count > 0).Select(p => p.SizeBytes).Distinct())
            .GroupBy(b => b)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .Select(g => (long?)g.Key)
            .FirstOrDefault();
        if (chosen is not { } bytes)
            return [];
        return latency
            .Select(s => LatencyDistribution.FromSeries(s, bytes))
            .OfType<LatencyDistribution>()
            .Where(d => d.SamplesNs.Count > 0)
            .ToList();
    }
}
