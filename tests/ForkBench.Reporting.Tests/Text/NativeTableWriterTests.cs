using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class NativeTableWriterTests
{
    [Fact]
    public void Sample_table_lists_every_scenario_and_size()
    {
        string text = NativeTableWriter.Write(SampleReportData.Latency());
        TextAssert.MailSafe(text);
        foreach (var (name, _) in SampleReportData.Scenarios)
            Assert.Contains(name, text);
        Assert.Contains("512 MiB", text);
        Assert.Contains("4 GiB", text);
        Assert.Contains("95% CI of the median", text);
        // 13 ms per 512 MiB plus the fixed part prints as about 13 ms.
        Assert.Matches(@"4 KiB\s+64 MiB", text);
        Assert.Matches(@"512 MiB\s+13\.\d ms", text);
    }

    [Fact]
    public void Spread_is_half_the_interval_in_percent_of_the_median()
    {
        var p = new ForkBench.Reporting.Model.LatencyPoint(4096, 100, 98, 102, []);
        Assert.Equal("+-2.0%", NativeTableWriter.Spread(p));
    }

    [Fact]
    public void Random_inputs_stay_mail_safe()
    {
        for (int seed = 0; seed < 200; seed++)
        {
            var series = new RandomInputs(seed).Latency();
            string text = NativeTableWriter.Write(series, seed % 2 == 0 ? "P25..P75 \u00b1" : "95% CI");
            TextAssert.MailSafe(text);
        }
    }
}
