using ForkBench.Reporting.Model;
using ForkBench.Reporting.Output;
using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Tests.Text;
using ScottPlot.Plottables;

namespace ForkBench.Reporting.Tests.Output;

public class StandardReportTests
{
    [Fact]
    public void Header_only_report_has_no_plots()
    {
        var content = StandardReport.Compose(new ReportInput(SampleReportData.Header));
        Assert.Empty(content.Plots);
        TextAssert.MailSafe(content.Text);
        Assert.Contains("6.8.0-45-generic", content.Text);
    }

    [Fact]
    public void Changed_exact_counts_get_a_section_of_their_own_after_the_comparison()
    {
        var content = StandardReport.Compose(new ReportInput(SampleReportData.Header)
        {
            Comparison = SampleReportData.Comparison(),
            CountChanges = ["model/fork-layout/v5.8/anon-4k/pin=all/rss=1gib: pagesCopied 0 -> 262144"],
        });

        TextAssert.MailSafe(content.Text);
        int section = content.Text.IndexOf("Exact counts changed since the baseline (certain", StringComparison.Ordinal);
        Assert.True(section > content.Text.IndexOf("Comparison", StringComparison.Ordinal), content.Text);
        Assert.Contains("  model/fork-layout/v5.8/anon-4k/pin=all/rss=1gib: pagesCopied 0 -> 262144", content.Text);
        Assert.DoesNotContain("Exact counts changed", StandardReport.Compose(new ReportInput(SampleReportData.Header)).Text);
    }

    [Fact]
    public void Comparison_comes_first_and_chart_scenarios_are_honoured()
    {
        var content = StandardReport.Compose(new ReportInput(SampleReportData.Header)
        {
            Latency = SampleReportData.Latency(),
            ChartScenarios = ["4 KiB", "THP"],
            Comparison = SampleReportData.Comparison(),
        });
        TextAssert.MailSafe(content.Text);
        Assert.True(content.Text.IndexOf("Comparison", StringComparison.Ordinal) < content.Text.IndexOf("fork() latency by RSS", StringComparison.Ordinal));
        Assert.Contains("o 4 KiB   x THP", content.Text);
        Assert.Equal(["comparison-ratio", "fork-latency-vs-rss", "fork-latency-cdf"], content.Plots.Select(p => p.Name));
        // The plots draw the chosen scenarios only; the text table keeps them all.
        var legend = content.Plots.Single(p => p.Name == "fork-latency-vs-rss").Plot.Legend.GetItems().Select(i => i.LabelText);
        Assert.Equal(["4 KiB", "THP"], legend);
        Assert.Contains("4 KiB pinned", content.Text);
    }

    [Fact]
    public void Each_part_gets_its_plot_and_the_comparison_plot_grows_with_its_rows()
    {
        var content = StandardReport.Compose(new ReportInput(SampleReportData.Header)
        {
            Latency = SampleReportData.Latency(),
            Model = SampleReportData.Model(),
            Comparison = SampleReportData.Comparison(),
        });
        Assert.Equal(["comparison-ratio", "fork-latency-vs-rss", "fork-latency-cdf", "model-ns-per-pte"], content.Plots.Select(p => p.Name));
        Assert.All(content.Plots, p => Assert.Equal(800, p.Width));
        var comparison = content.Plots[0];
        Assert.Equal(SampleReportData.Comparison().Count, comparison.Plot.PlottableList.OfType<Scatter>().Sum(s => s.Data.GetScatterPoints().Count));
        Assert.Equal(ForkBench.Reporting.Plots.ComparisonRatioPlot.HeightFor(5), comparison.Height);
    }

    [Fact]
    public void Distribution_size_defaults_to_the_most_common_then_largest()
    {
        LatencyPoint P(long size) => new(size, 1, 1, 1, [1.0]);
        var latency = new[]
        {
            new LatencySeries("a", [P(1), P(2)]),
            new LatencySeries("b", [P(2), P(3)]),
            new LatencySeries("c", [P(3)]),
        };
        var chosen = StandardReport.Distributions(latency, null);
        Assert.All(chosen, d => Assert.Equal(3, d.SizeBytes));
        Assert.Equal(["b", "c"], chosen.Select(d => d.Name));
        Assert.Equal(["a"], StandardReport.Distributions(latency, 1).Select(d => d.Name));
    }
}
