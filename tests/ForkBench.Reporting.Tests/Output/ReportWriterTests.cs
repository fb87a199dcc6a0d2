using ForkBench.Reporting.Output;
using ForkBench.Reporting.Png;
using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Tests.Png;
using ForkBench.Reporting.Tests.Text;

namespace ForkBench.Reporting.Tests.Output;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("forkbench-report-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Target => Path.Combine(_parent, "report");

    private static ReportContent Content() => StandardReport.Compose(new ReportInput(SampleReportData.Header)
    {
        Latency = SampleReportData.Latency(),
        Model = SampleReportData.Model(),
        Floor = SampleReportData.Floor,
        Comparison = SampleReportData.Comparison(),
        BaselineLabel = "6.8.0-45",
        CurrentLabel = "6.9.0-rc2",
    });

    [Fact]
    public void Without_a_converter_writes_text_and_svgs_and_says_how_to_get_pngs()
    {
        var result = new ReportWriter(new RsvgPngConverter(null)).Write(Content(), Target);
        Assert.Equal(
            ["report.txt", "comparison-ratio.svg", "fork-latency-vs-rss.svg", "fork-latency-cdf.svg", "model-ns-per-pte.svg"],
            result.Files);
        Assert.All(result.Files, f => Assert.True(File.Exists(Path.Combine(Target, f))));
        Assert.All(result.Png, r => Assert.Equal(PngConversionStatus.Skipped, r.Status));
        string text = File.ReadAllText(Path.Combine(Target, "report.txt"));
        TextAssert.MailSafe(text);
        Assert.Contains("apt-get install librsvg2-bin", text);
        Assert.Contains("fork-latency-vs-rss.svg", text);
        Assert.Single(Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Pngs_from_the_converter_are_listed()
    {
        var result = new ReportWriter(new FakePngConverter()).Write(Content(), Target);
        Assert.Contains("model-ns-per-pte.png", result.Files);
        Assert.Contains("model-ns-per-pte.png", File.ReadAllText(Path.Combine(Target, "report.txt")));
        Assert.True(File.Exists(Path.Combine(Target, "model-ns-per-pte.png")));
        Assert.All(result.Png, r => Assert.True(File.Exists(r.Message), r.Message));
    }

    [Fact]
    public void A_failure_leaves_the_previous_report_and_no_temp_folder()
    {
        new ReportWriter(new RsvgPngConverter(null)).Write(new ReportContent("old\n", []), Target);
        var failing = new ReportWriter(new FakePngConverter(throwAfter: 2));
        Assert.Throws<IOException>(() => failing.Write(Content(), Target));
        Assert.Equal([ReportWriter.MarkerFileName, "report.txt"], Directory.GetFiles(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("old", File.ReadAllText(Path.Combine(Target, "report.txt")));
        Assert.Equal([Target], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void A_failure_without_a_previous_report_leaves_nothing()
    {
        Assert.Throws<IOException>(() => new ReportWriter(new FakePngConverter(throwAfter: 0)).Write(Content(), Target));
        Assert.Empty(Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void An_existing_report_is_replaced_whole()
    {
        new ReportWriter(new RsvgPngConverter(null)).Write(new ReportContent("old\n", []), Target);
        File.WriteAllText(Path.Combine(Target, "stale.svg"), "<svg/>");
        new ReportWriter(new RsvgPngConverter(null)).Write(Content(), Target);
        Assert.False(File.Exists(Path.Combine(Target, "stale.svg")));
        Assert.Single(Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Failed_conversions_are_reported_in_the_text()
    {
        string section = ReportWriter.FilesSection(["a.svg"], [PngConversionResult.Failed("rsvg-convert exited with 1: \u00b5 bad\tthing")]);
        TextAssert.MailSafe(section);
        Assert.Contains("PNG conversion failed: rsvg-convert exited with 1", section);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("Upper")]
    [InlineData("")]
    [InlineData("a/b")]
    public void Plot_names_must_be_plain_file_names(string name) =>
        Assert.Throws<ArgumentException>(() => new PlotFile(name, "<svg/>"));

    [RsvgConvertFact]
    public void With_rsvg_convert_every_plot_gets_a_png()
    {
        var result = new ReportWriter(RsvgPngConverter.FromPath()).Write(Content(), Target);
        Assert.All(result.Png, r => Assert.Equal(PngConversionStatus.Converted, r.Status));
        foreach (string png in result.Files.Where(f => f.EndsWith(".png")))
            Assert.True(PngFile.HasSignature(File.ReadAllBytes(Path.Combine(Target, png))));
        Assert.Equal(4, result.Files.Count(f => f.EndsWith(".png")));
    }

    /// <summary>Writes a stub PNG, or throws an IOException on the n-th call (a full disk, say).</summary>
    private sealed class FakePngConverter(int throwAfter = int.MaxValue) : IPngConverter
    {
        private int _calls;

        public PngConversionResult Convert(string svgPath, string pngPath)
        {
            if (_calls++ >= throwAfter)
                throw new IOException("No space left on device");
            File.WriteAllBytes(pngPath, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
            return PngConversionResult.Converted(pngPath);
        }
    }
}
