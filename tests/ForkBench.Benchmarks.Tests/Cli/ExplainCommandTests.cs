using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;

namespace ForkBench.Benchmarks.Tests.Cli;

/// <summary>explain on real processes (this test process) and on the error cases.</summary>
public sealed class ExplainCommandTests : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void This_process_is_explained_with_a_labelled_prediction_and_its_costliest_mappings()
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.WriteLine("skipped: explain reads /proc, which needs Linux");
            return;
        }
        TestCalibration.Write(_temp.Results);

        var result = Support.Cli.Run("explain", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith($"explain: process {Environment.ProcessId} (", result.Output);
        Assert.Contains("predicted fork() cost: ", result.Output);
        Assert.Contains("calibrated 2026-11-30 on run 20261130T085137Z-053bfbaf, held-out median error 12.5%", result.Output.Replace("\n  ", " "));
        Assert.Contains("The mappings that cost most (predicted):", result.Output);
        Assert.Contains("posix_spawn() or vfork()", result.Output);
        Assert.All(result.Output.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void A_helper_with_a_pinned_range_and_a_DONTFORK_range_is_explained_by_its_pinned_range()
    {
        if ((ForkBench.Native.NativeSweep.UnsupportedReason ?? ForkBench.Native.IoUring.IoUringOpener.Probe()) is { } why)
        {
            Console.WriteLine($"skipped: the helper pins with io_uring: {why}");
            return;
        }
        TestCalibration.Write(_temp.Results);
        using var helper = ForkBench.LayoutHelper.LayoutHelperProcess.Start("--pinned-4k", "8M", "--dontfork", "4M");
        var (start, end) = helper.Regions[ForkBench.LayoutHelper.HelperRegionKind.Pinned4K];

        var result = Support.Cli.Run("explain", helper.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var mappings = json.RootElement.GetProperty("mappings").EnumerateArray().ToList();
        var top = mappings[0];
        Assert.Equal($"0x{start:x}", top.GetProperty("start").GetString());
        Assert.Equal("anon-4k/pin=all/rss=8mib", top.GetProperty("scenario").GetString());
        // 2048 pinned pages copied at 1 us each (the test's price), and more.
        Assert.True(top.GetProperty("predictedNs").GetDouble() >= 2048 * 1000, top.ToString());
        Assert.Contains(mappings, m => m.GetProperty("advice").GetString() == "DontFork" && m.GetProperty("predictedNs").GetDouble() == 0);
        var fixes = json.RootElement.GetProperty("fixes").EnumerateArray().Select(f => f.GetProperty("change").GetString()!).ToList();
        Assert.Contains($"MADV_DONTFORK on {start:x}-{end:x} (8MiB, pinned 4 KiB pages)", fixes);
    }

    [Fact]
    public void Json_carries_the_same_prediction_and_every_resident_mapping()
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.WriteLine("skipped: explain reads /proc, which needs Linux");
            return;
        }
        TestCalibration.Write(_temp.Results);

        var result = Support.Cli.Run("explain", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal(Environment.ProcessId, json.RootElement.GetProperty("pid").GetInt32());
        Assert.True(json.RootElement.GetProperty("predictedNs").GetDouble() >= 0);
        Assert.Contains("held-out median error 12.5%", json.RootElement.GetProperty("calibration").GetString());
        Assert.True(json.RootElement.GetProperty("mappings").GetArrayLength() > 0);
        Assert.Contains(json.RootElement.GetProperty("fixes").EnumerateArray(), f => f.GetProperty("change").GetString()!.StartsWith("posix_spawn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_process_that_does_not_exist_is_one_line_and_exit_2()
    {
        TestCalibration.Write(_temp.Results);

        var result = Support.Cli.Run("explain", "2147483646", "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("no process 2147483646", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Without_a_calibration_or_a_run_to_fit_one_it_says_how_to_make_one()
    {
        var result = Support.Cli.Run("explain", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains("no complete run of this host", line);
        Assert.Contains($"-- run --results {_temp.Results}", line);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    public void A_pid_that_is_not_a_process_id_is_a_usage_error(string pid)
    {
        var result = Support.Cli.Run("explain", pid, "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
