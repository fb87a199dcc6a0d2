using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Results.Serialization;
using Xunit.Abstractions;

namespace ForkBench.Benchmarks.Tests.Cli;

/// <summary>native --json writes a run document that compare, history and report read.</summary>
public sealed class NativeJsonTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_native_run_can_be_compared_reported_and_followed()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            log.WriteLine("not checked: native mode forks through an x86-64 Linux stub");
            return;
        }
        string runs = Path.Combine(_temp.Results, "runs");
        Directory.CreateDirectory(runs);
        string first = Path.Combine(runs, "a.json"), second = Path.Combine(runs, "b.json");
        foreach (string path in (string[])[first, second])
        {
            // The floor only: a few real forks of this process, no buffer.
            var measured = Support.Cli.Run("native", "--sizes", "2M", "--filter", "native/fork/floor", "--min-samples", "3", "--max-samples", "3", "--json", path);
            Assert.True(measured.ExitCode == ExitCodes.Success, measured.Error);
        }

        var run = RunDocumentFile.Read(first);
        Assert.Contains(run.Measurements, m => m.Id == "native/fork/floor");
        Assert.Contains(run.Measurements, m => m.Id == "native/fork-cpu/floor");

        var compared = Support.Cli.Run("compare", first, second);
        Assert.True(compared.ExitCode is ExitCodes.Success or ExitCodes.Regression, compared.Error);
        Assert.Contains("native/fork/floor", compared.Output);

        var reported = Support.Cli.Run("report", "--from", second, "--baseline", first, "--out", _temp.ScratchFile("report"));
        Assert.Equal(ExitCodes.Success, reported.ExitCode);
        Assert.True(File.Exists(Path.Combine(_temp.Scratch, "report", "report.txt")));

        var history = Support.Cli.Run("history", runs);
        Assert.Equal(ExitCodes.Success, history.ExitCode);
        Assert.Contains("native/fork/floor: 2 run(s)", history.Output);
    }
}
