using ForkBench.Reporting.Model;
using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class HeaderWriterTests
{
    [Fact]
    public void Names_kernel_cpu_memory_thp_and_tool()
    {
        string text = HeaderWriter.Write(SampleReportData.Header);
        TextAssert.MailSafe(text);
        Assert.Contains("6.8.0-45-generic", text);
        Assert.Contains("AMD EPYC 7763 64-Core Processor (2 CPUs)", text);
        Assert.Contains("8 GiB", text);
        Assert.Contains("enabled: always [madvise] never", text);
        Assert.Contains("hugepages-64kB/enabled", text);
        Assert.Contains("0.1.0 (commit dd67fb6)", text);
        Assert.Contains("kvm", text);
    }

    [Fact]
    public void Names_the_model_variant_that_stands_for_the_kernel_when_known()
    {
        string text = HeaderWriter.Write(SampleReportData.Header with { ModelVariant = "kernel 6.8 -> anon-exclusive-5.19 (the latest variant at or below 6.8: 5.19)" });

        TextAssert.MailSafe(text);
        Assert.Contains("Model:      kernel 6.8 -> anon-exclusive-5.19", text);
        Assert.DoesNotContain("Model:", HeaderWriter.Write(SampleReportData.Header));
    }

    [Fact]
    public void Wraps_long_non_ascii_values()
    {
        var header = new ReportHeader(
            new string('k', 150), "Intel(R) Xeon(R) Platinum 8480+ \u00ae\t with a very long marketing name that goes on and on",
            224, 1L << 41, [new ThpSetting("defrag", string.Join(' ', Enumerable.Repeat("[madvise]", 20)))], "0.1.0");
        string text = HeaderWriter.Write(header);
        TextAssert.MailSafe(text);
        Assert.Contains("2 TiB", text);
        Assert.Contains("THP:", text);
    }
}
