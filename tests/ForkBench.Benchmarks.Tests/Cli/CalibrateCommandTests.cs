using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Calibration.Documents;

namespace ForkBench.Benchmarks.Tests.Cli;

public sealed class CalibrateCommandTests : IDisposable
{
    /// <summary>The 64 MiB native marginal points of a real default run (kernel 6.18, 2-core VM).</summary>
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "calibration", "native-64mib.json");

    private const string FixtureHost = "intel-xeon-processor-2c-24g-k6.18-vm-8e81608e";

    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Prints_the_calibration_and_caches_it_for_the_runs_host()
    {
        var result = Support.Cli.Run("calibrate", "--from", Fixture, "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string[] lines = result.Output.Split('\n');
        // Paths (the temporary folder) and the printed command may be longer.
        Assert.All(lines.Where(l => !l.StartsWith("  dotnet run", StringComparison.Ordinal) && !l.StartsWith("Wrote ", StringComparison.Ordinal)), l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        Assert.All(result.Output, c => Assert.True(c < 128));
        Assert.Contains("kernel 6.18 -> pte-batch-6.15", result.Output);
        Assert.Contains(lines, l => l.StartsWith("anon-4k/pin=all/rss=64mib ", StringComparison.Ordinal) && l.Contains('%'));
        Assert.Contains(lines, l => l.StartsWith("anon-thp/pin=all/rss=64mib ", StringComparison.Ordinal));
        Assert.Contains("predicted", result.Output);
        Assert.Contains("Fitted costs", result.Output);
        Assert.Contains(lines, l => l.StartsWith("PTE read ", StringComparison.Ordinal) && l.Contains('['));
        Assert.Contains("Held out: each family", result.Output);
        Assert.Contains("Held out: pinned THP/mTHP points", result.Output);
        Assert.Contains("native/vfork-marginal/anon-4k/pin=all/rss=64mib", result.Output);
        Assert.Contains("no model twin: vfork", result.Output);

        string cache = Path.Combine(_temp.Results, "calibration", FixtureHost + ".json");
        Assert.Contains($"Wrote {cache}", result.Output);
        CalibrationDocument? calibration = CalibrationFile.TryRead(cache);
        Assert.NotNull(calibration);
        Assert.Equal(["20261130T085137Z-053bfbaf"], calibration.RunIds);
        Assert.Equal("6.18.44-fc-v657", calibration.KernelRelease);
        Assert.Equal("pte-batch-6.15", calibration.Variant);
        Assert.Equal(15, calibration.Points.Count + calibration.Excluded.Count);
        Assert.Contains(calibration.HeldOut, h => h.Name == HeldOutNames.PinnedLargeFolios && h.Predictions.Count == 1);
    }

    [Fact]
    public void Without_a_run_of_this_host_it_says_how_to_make_one()
    {
        var result = Support.Cli.Run("calibrate", "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("forkbench calibrate: no complete run of this host", line);
        Assert.Contains("-- run --results", line);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void A_missing_run_file_is_one_line()
    {
        var result = Support.Cli.Run("calibrate", "--from", _temp.ScratchFile("absent.json"), "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("file not found", Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(Path.Combine(_temp.Results, "calibration")));
    }
}
