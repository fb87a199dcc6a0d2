using ForkBench.Reporting.Plots;
using ForkBench.Reporting.Png;
using ForkBench.Reporting.Tests.Fixtures;

namespace ForkBench.Reporting.Tests.Png;

public sealed class RsvgPngConverterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("forkbench-png-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Without_the_tool_conversion_is_skipped_with_a_hint()
    {
        var result = new RsvgPngConverter(executablePath: null).Convert("in.svg", "out.png");
        Assert.Equal(PngConversionStatus.Skipped, result.Status);
        Assert.Contains("rsvg-convert", result.Message);
        Assert.Contains("librsvg2-bin", result.Hint);
    }

    [RsvgConvertFact]
    public void Converts_a_plot_to_a_png_of_the_svg_size()
    {
        string svg = Path.Combine(_dir, "latency plot.svg");
        string png = Path.Combine(_dir, "latency plot.png");
        File.WriteAllText(svg, LatencyVsSizePlot.Render(SampleReportData.Latency(), SampleReportData.Header));
        var result = RsvgPngConverter.FromPath().Convert(svg, png);
        Assert.Equal(PngConversionStatus.Converted, result.Status);
        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(PngFile.HasSignature(bytes));
        Assert.Equal((800, 500), PngFile.Size(bytes));
    }

    [RsvgConvertFact]
    public void Broken_svg_fails_with_the_tools_message()
    {
        string svg = Path.Combine(_dir, "broken.svg");
        File.WriteAllText(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><unclosed></svg>");
        var result = RsvgPngConverter.FromPath().Convert(svg, Path.Combine(_dir, "broken.png"));
        Assert.Equal(PngConversionStatus.Failed, result.Status);
        Assert.Contains("exited with", result.Message);
        Assert.False(File.Exists(Path.Combine(_dir, "broken.png")));
    }

    [Fact]
    public void A_hanging_tool_is_killed_at_the_timeout()
    {
        if (!OperatingSystem.IsLinux())
            return;
        string fake = Path.Combine(_dir, "rsvg-convert");
        // A busy loop needs nothing from PATH, unlike sleep.
        File.WriteAllText(fake, "#!/bin/sh\nwhile :; do :; done\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = new RsvgPngConverter(fake, TimeSpan.FromMilliseconds(300)).Convert("in.svg", Path.Combine(_dir, "out.png"));
        Assert.Equal(PngConversionStatus.Failed, result.Status);
        Assert.Contains("timed out", result.Message);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void A_tool_that_cannot_start_is_a_failure_not_a_crash()
    {
        var result = new RsvgPngConverter(Path.Combine(_dir, "missing")).Convert("in.svg", "out.png");
        Assert.Equal(PngConversionStatus.Failed, result.Status);
        Assert.Contains("could not be started", result.Message);
    }

    [Fact]
    public void Png_size_is_read_from_the_header()
    {
        byte[] header = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13,
            (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 3, 32, 0, 0, 1, 244];
        Assert.Equal((800, 500), PngFile.Size(header));
        Assert.Null(PngFile.Size("not a png at all, no"u8));
    }
}
