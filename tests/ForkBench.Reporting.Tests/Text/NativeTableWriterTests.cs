using ForkBench.Reporting.Model;
using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class NativeTableWriterTests
{
    private const string Legend = "wide: the 95% interval of the median is wider than +-5% (n too small or too noisy); no interval: fewer than 6 samples";

    [Fact]
    public void Sample_table_lists_every_scenario_and_size()
    {
        string text = NativeTableWriter.Write(SampleReportData.Latency());
        TextAssert.MailSafe(text);
        foreach (var (name, _) in SampleReportData.Scenarios)
            Assert.Contains(name, text);
        Assert.Contains("512 MiB", text);
        Assert.Contains("4 GiB", text);
        Assert.Contains("95% interval of the median", text);
        // 13 ms per 512 MiB plus the fixed part prints as about 13 ms.
        Assert.Matches(@"4 KiB\s+64 MiB", text);
        Assert.Matches(@"512 MiB\s+13\.\d ms", text);
        // 30 samples 4% apart: every interval within +-5%, nothing to mark or explain.
        Assert.DoesNotContain("wide", text);
        Assert.DoesNotContain("no interval", text);
    }

    [Fact]
    public void Spread_is_the_larger_side_of_the_interval_in_percent_of_the_median()
    {
        Assert.Equal("+-2.0%", NativeTableWriter.Spread(new LatencyPoint(4096, 100, 98, 102, [])));
        Assert.Equal("+-3.0%", NativeTableWriter.Spread(new LatencyPoint(4096, 100, 99, 103, [])));
    }

    [Fact]
    public void A_point_past_five_percent_is_marked_wide_and_the_legend_says_why()
    {
        var series = new[]
        {
            new LatencySeries("noisy", [new LatencyPoint(64L << 20, 100e6, 90e6, 126e6, new double[8])]),
            new LatencySeries("steady", [new LatencyPoint(64L << 20, 100e6, 97e6, 103e6, new double[30])]),
        };

        string text = NativeTableWriter.Write(series);

        TextAssert.MailSafe(text);
        Assert.Matches(@"noisy\s+64 MiB\s+100 ms\s+90(\.0)? ms\s+126 ms\s+\+-26% wide\s+8", text);
        Assert.Matches(@"steady\s+64 MiB\s+100 ms\s+97(\.0)? ms\s+103 ms\s+\+-3\.0%\s+30", text);
        Assert.Contains(Legend, string.Join(' ', text.Split('\n')));
    }

    [Fact]
    public void A_point_of_five_samples_says_it_has_no_interval()
    {
        double[] samples = [101e6, 99e6, 100e6, 102e6, 98e6];
        var series = new[] { new LatencySeries("few", [SampleReportData.Point(64L << 20, samples)]) };

        string text = NativeTableWriter.Write(series);

        Assert.Matches(@"few\s+64 MiB\s+100 ms\s+-\s+-\s+no interval\s+5", text);
        Assert.Contains(Legend, string.Join(' ', text.Split('\n')));
    }

    [Fact]
    public void Random_inputs_stay_mail_safe()
    {
        for (int seed = 0; seed < 200; seed++)
        {
            var series = new RandomInputs(seed).Latency();
            string text = NativeTableWriter.Write(series);
            TextAssert.MailSafe(text);
        }
    }
}
