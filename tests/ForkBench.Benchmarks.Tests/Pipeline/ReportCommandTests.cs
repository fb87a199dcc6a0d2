using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;

namespace ForkBench.Benchmarks.Tests.Pipeline;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("forkbench-report-").FullName;

    [Fact]
    public void ReRendersAReportWithoutMeasuring()
    {
        string run = RunFiles.Write(Path.Combine(_directory, "run.json"), RunFiles.Document("r2",
            new Dictionary<string, double[]> { ["native/fork/anon-4k/pin=none/rss=64MiB"] = RunFiles.Steady }));
        string baseline = RunFiles.Write(Path.Combine(_directory, "base.json"), RunFiles.Document("r1",
            new Dictionary<string, double[]> { ["native/fork/anon-4k/pin=none/rss=64MiB"] = RunFiles.Scaled(1.2) }));
        string output = Path.Combine(_directory, "report");

        var result = Support.Cli.Run("report", "--from", run, "--baseline", baseline, "--out", output);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string text = File.ReadAllText(Path.Combine(output, "report.txt"));
        Assert.Contains("faster", text);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 80, line));
        Assert.True(File.Exists(Path.Combine(output, "fork-latency-vs-rss.svg")));
    }

    [Theory]
    [MemberData(nameof(RunFiles.BadInputs), MemberType = typeof(RunFiles))]
    public void BadInputIsOneLineExitTwoAndNothingWritten(string kind, string message)
    {
        string output = Path.Combine(_directory, "report-" + kind);

        var result = Support.Cli.Run("report", "--from", RunFiles.Bad(kind, _directory), "--out", output);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(output));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
