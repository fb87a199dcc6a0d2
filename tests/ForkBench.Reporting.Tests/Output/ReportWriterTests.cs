using ForkBench.Reporting.Output;
using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Tests.Fixtures;
using ForkBench.Reporting.Tests.Text;
using ScottPlot;

namespace ForkBench.Reporting.Tests.Output;

public sealed class ReportWriterTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

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
    public void Every_plot_is_written_as_svg_and_png()
    {
        var result = new ReportWriter().Write(Content(), Target);
        string[] plots = ["comparison-ratio", "fork-latency-vs-rss", "fork-latency-cdf", "model-ns-per-pte"];
        Assert.Equal(["report.txt", .. plots.SelectMany(p => new[] { p + ".svg", p + ".png" })], result.Files);
        foreach (string plot in plots)
        {
            byte[] png = File.ReadAllBytes(Path.Combine(Target, plot + ".png"));
            Assert.True(png.Length > PngSignature.Length, plot);
            Assert.Equal(PngSignature, png[..PngSignature.Length]);
            string svg = File.ReadAllText(Path.Combine(Target, plot + ".svg"));
            Assert.Contains("<svg", svg);
            Assert.Contains("</svg>", svg);
        }
        string text = File.ReadAllText(Path.Combine(Target, "report.txt"));
        TextAssert.MailSafe(text);
        Assert.Contains("fork-latency-vs-rss.png", text);
        Assert.Single(Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Pngs_have_the_plot_size()
    {
        var plot = new PlotFile("sized", ModelBarPlot.Create(SampleReportData.Model(), null, null), 640, 360);
        byte[] png = plot.RenderPng();
        // Width and height are the first fields of the IHDR chunk, big-endian (RFC 2083).
        Assert.Equal(640, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(360, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void A_failure_leaves_the_previous_report_and_no_temp_folder()
    {
        new ReportWriter().Write(new ReportContent("old\n", []), Target);
        Assert.Throws<IOException>(() => new ReportWriter().Write(Failing(), Target));
        Assert.Equal([ReportWriter.MarkerFileName, "report.txt"], Directory.GetFiles(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("old", File.ReadAllText(Path.Combine(Target, "report.txt")));
        Assert.Equal([Target], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void A_failure_without_a_previous_report_leaves_nothing()
    {
        Assert.Throws<IOException>(() => new ReportWriter().Write(Failing(), Target));
        Assert.Empty(Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void An_existing_report_is_replaced_whole()
    {
        new ReportWriter().Write(new ReportContent("old\n", []), Target);
        File.WriteAllText(Path.Combine(Target, "stale.svg"), "<svg/>");
        new ReportWriter().Write(Content(), Target);
        Assert.False(File.Exists(Path.Combine(Target, "stale.svg")));
        Assert.Single(Directory.GetFileSystemEntries(_parent));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("Upper")]
    [InlineData("")]
    [InlineData("a/b")]
    public void Plot_names_must_be_plain_file_names(string name) =>
        Assert.Throws<ArgumentException>(() => new PlotFile(name, new Plot()));

    /// <summary>A report whose second plot fails to render, as a full disk would fail its write.</summary>
    private static ReportContent Failing()
    {
        var broken = new Plot();
        broken.Add.Plottable(new FailingPlottable());
        var content = Content();
        return content with { Plots = [content.Plots[0], new PlotFile("broken", broken)] };
    }
}
