using ForkBench.Reporting.Model;
using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class AsciiLatencyChartTests
{
    [Fact]
    public void Sample_chart_has_axes_and_a_legend_for_every_series()
    {
        var series = SampleReportData.Latency();
        string text = AsciiLatencyChart.Write(series);
        TextAssert.MailSafe(text);
        for (int i = 0; i < series.Count; i++)
            Assert.Contains($"{AsciiLatencyChart.Symbols[i]} {series[i].Name}", text);
        Assert.Contains("100 us", text);
        Assert.Contains("10 s", text);
        Assert.Contains("64M", text);
        Assert.Contains("4G", text);
    }

    [Fact]
    public void Points_land_on_their_rows()
    {
        // One decade apart: the higher series must be drawn above the lower one.
        var low = new LatencySeries("low", [new LatencyPoint(1 << 20, 1e6, 1e6, 1e6, []), new LatencyPoint(1 << 30, 1e7, 1e7, 1e7, [])]);
        var high = new LatencySeries("high", [new LatencyPoint(1 << 20, 1e8, 1e8, 1e8, []), new LatencyPoint(1 << 30, 1e9, 1e9, 1e9, [])]);
        var lines = AsciiLatencyChart.Write([low, high]).Split('\n');
        int firstHigh = Array.FindIndex(lines, l => l.Contains(" |x") || l.Contains(" +x"));
        int firstLow = Array.FindIndex(lines, l => l.Contains(" |o") || l.Contains(" +o"));
        Assert.True(firstHigh >= 0 && firstLow > firstHigh, string.Join('\n', lines));
    }

    [Fact]
    public void More_series_than_symbols_are_named_as_omitted()
    {
        var series = Enumerable.Range(0, 10)
            .Select(i => new LatencySeries($"s{i}", [new LatencyPoint(4096, 1000 * (i + 1), 1, 1, [])]))
            .ToList();
        string text = AsciiLatencyChart.Write(series);
        Assert.Contains("2 more scenarios not drawn", text);
    }

    [Fact]
    public void Empty_input_says_so() => Assert.Contains("(no data)", AsciiLatencyChart.Write([]));

    [Fact]
    public void Random_inputs_stay_mail_safe()
    {
        for (int seed = 0; seed < 200; seed++)
            TextAssert.MailSafe(AsciiLatencyChart.Write(new RandomInputs(seed).Latency()));
    }
}
