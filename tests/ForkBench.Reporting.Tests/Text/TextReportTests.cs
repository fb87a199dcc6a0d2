using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class TextReportTests
{
    [Fact]
    public void Full_sample_report_is_mail_safe()
    {
        var latency = SampleReportData.Latency();
        string text = TextReport.Compose(SampleReportData.Header,
        [
            NativeTableWriter.Write(latency),
            AsciiLatencyChart.Write(latency),
            ModelTableWriter.Write(SampleReportData.Model()),
            ComparisonTableWriter.Write(SampleReportData.Comparison()),
        ]);
        TextAssert.MailSafe(text);
        Assert.StartsWith("ForkBench", text);
        Assert.EndsWith("\n", text);
    }

    [Fact]
    public void Enforce_wraps_and_sanitises_whatever_it_gets()
    {
        string text = TextReport.Enforce("a\tb \u00b5\r\n" + new string('x', 200) + "   \n");
        TextAssert.MailSafe(text);
        Assert.StartsWith("a    b u\n", text);
    }
}
