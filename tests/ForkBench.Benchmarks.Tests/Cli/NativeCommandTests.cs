using System.Diagnostics;
using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Results.Serialization;
using Xunit.Abstractions;

namespace ForkBench.Benchmarks.Tests.Cli;

/// <summary>native: filters take the ids --list prints; --json and --mthp are refused before measuring.</summary>
public sealed class NativeCommandTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("native/fork/anon-4k/pin=all/rss=64mib", new[] { "native/fork/floor", "native/fork/anon-4k/pin=all/rss=64mib" })]
    [InlineData("native/fork/floor", new[] { "native/fork/floor" })]
    [InlineData("*pin=all/*", new[] { "native/fork/floor", "native/fork/anon-4k/pin=all/rss=64mib", "native/fork/anon-4k/pin=all/rss=128mib",
        "native/fork/anon-thp/pin=all/rss=64mib", "native/fork/anon-thp/pin=all/rss=128mib" })]
    public void Filters_take_the_ids_that_list_prints(string filter, string[] expected)
    {
        var listed = Support.Cli.Run("native", "--list", "--sizes", "64M,128M");
        Assert.Contains(filter.Contains('*') ? expected[1] : filter, listed.Output.Split('\n'));

        var result = Support.Cli.Run("native", "--list", "--sizes", "64M,128M", "--filter", filter);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string[] ids = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(expected, id => Assert.Contains(id, ids));
        if (!filter.Contains('*'))
            Assert.Equal(expected, ids);
    }

    [Fact]
    public void A_size_glob_keeps_that_size_only()
    {
        var result = Support.Cli.Run("native", "--list", "--sizes", "64M,128M", "--filter", "*rss=64mib");
        string[] ids = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("native/fork/anon-4k/pin=none/rss=64mib", ids);
        Assert.DoesNotContain(ids, id => id.EndsWith("rss=128mib", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filter_that_matches_nothing_is_an_error()
    {
        var result = Support.Cli.Run("native", "--list", "--filter", "native/fork/nothing-like-this");
        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("matches no point", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void An_existing_json_file_is_refused_unless_forced()
    {
        string json = _temp.ScratchFile("same.json");
        File.WriteAllText(json, "earlier run");

        var result = Support.Cli.Run("native", "--json", json, "--sizes", "2M", "--filter", "native/fork/floor");

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("exists; pass --force", Assert.Single(result.ErrorLines));
        Assert.Equal("earlier run", File.ReadAllText(json));
    }

    [Fact]
    public void Buffers_and_rounds_per_buffer_set_how_a_page_table_point_is_sampled()
    {
        string json = _temp.ScratchFile("buffers.json");

        var result = Support.Cli.Run("native", "--json", json, "--sizes", "2M", "--filter", "native/fork/anon-4k/pin=none",
            "--buffers", "3", "--rounds-per-buffer", "2", "--min-samples", "2", "--max-samples", "6", "--budget", "0",
            "--leave-page-reporting");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var document = RunDocumentFile.Read(json);
        var point = document.Measurements.Single(m => m.Id == "native/fork/anon-4k/pin=none/rss=2mib");
        Assert.Equal("3", point.Parameters["buffers"]);
        Assert.Equal(6, point.Samples.Count);
        // Left as it was, and recorded as it was: "absent" without the knob, "on (order N)" or "off (order N)" with it.
        Assert.Matches(@"^(absent|on \(order \d+\)|off \(order \d+\))$", document.Host.FreePageReporting);
    }

    [Theory]
    [InlineData(null, 50, "2")] // the quick preset: 25 rounds on each buffer, past its 40-sample limit
    [InlineData("30", 30, "2")] // --max-samples given caps these points too
    public void The_quick_preset_takes_25_rounds_on_each_fresh_buffer(string? maxSamples, int samples, string buffers)
    {
        string json = _temp.ScratchFile($"quick-{maxSamples ?? "preset"}.json");
        string[] args = ["native", "--quick", "--json", json, "--sizes", "2M", "--filter", "native/fork/anon-4k/pin=none",
            "--buffers", "2", "--budget", "0", "--leave-page-reporting"];
        if (maxSamples is not null)
            args = [.. args, "--max-samples", maxSamples];

        var result = Support.Cli.Run(args);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var point = RunDocumentFile.Read(json).Measurements.Single(m => m.Id == "native/fork/anon-4k/pin=none/rss=2mib");
        Assert.Equal(samples, point.Samples.Count);
        Assert.Equal(buffers, point.Parameters["buffers"]);
    }

    [Fact]
    public void Zero_rounds_per_buffer_is_refused()
    {
        var result = Support.Cli.Run("native", "--list", "--rounds-per-buffer", "0");

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("--rounds-per-buffer", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_json_target_in_a_read_only_folder_is_refused_before_measuring()
    {
        using var readOnly = new ReadOnlyFolder();
        if (!readOnly.Usable(log))
            return;
        var result = Support.Cli.Run("native", "--json", Path.Combine(readOnly.Path, "out.json"));

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("cannot be written", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Mthp_without_root_is_refused_up_front()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            var here = Support.Cli.Run("native", "--mthp", "64", "--list");
            Assert.Equal(ExitCodes.UsageOrDataError, here.ExitCode);
            Assert.Contains("needs root", Assert.Single(here.ErrorLines));
            return;
        }
        // As root: run the tool as the unprivileged user "nobody".
        string tool = Path.Combine(AppContext.BaseDirectory, "ForkBench.dll");
        var start = new ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", tool, "native", "--mthp", "64", "--list"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["HOME"] = Path.GetTempPath();
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            log.WriteLine($"not checked: setpriv is not available ({e.Message})");
            return;
        }
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (error.Contains("Permission denied", StringComparison.Ordinal) && !error.Contains("forkbench", StringComparison.Ordinal))
        {
            log.WriteLine($"not checked: the unprivileged user cannot start the tool here: {error}");
            return;
        }
        Assert.Equal(ExitCodes.UsageOrDataError, process.ExitCode);
        Assert.Contains("needs root", error);
        Assert.Empty(output);
    }
}
