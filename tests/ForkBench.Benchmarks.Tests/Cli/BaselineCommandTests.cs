using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Tests.Cli;

public sealed class BaselineCommandTests : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    private string BaselinePath => Path.Combine(_temp.Baselines, RunFiles.HostId, "model.json");

    [Fact]
    public void Update_writes_the_baseline_and_names_the_run_it_replaces()
    {
        string first = RunFiles.Write(_temp.ScratchFile("first.json"), "first", RunFiles.Steady);
        string second = RunFiles.Write(_temp.ScratchFile("second.json"), "second", RunFiles.Scaled(2), day: 2);

        var created = Support.Cli.Run("baseline", "update", "--from", first, "--results", _temp.Results);
        var replaced = Support.Cli.Run("baseline", "update", "--from", second, "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, created.ExitCode);
        Assert.Contains($"Wrote {BaselinePath}: 1 measurement(s) of run first", created.Output);
        Assert.Equal(ExitCodes.Success, replaced.ExitCode);
        Assert.Contains("replacing the baseline from run first", replaced.Output);
        Assert.Equal("second", RunDocumentFile.Read(BaselinePath).Run.Id);
    }

    [Fact]
    public void Update_from_several_runs_pools_them_and_compare_then_knows_the_run_to_run_noise()
    {
        string[] runs = [.. Enumerable.Range(1, 3).Select(day =>
            RunFiles.Write(_temp.ScratchFile($"r{day}.json"), $"r{day}", RunFiles.Scaled(1 + day / 100.0), day: day))];
        string current = RunFiles.Write(_temp.ScratchFile("current.json"), "current", RunFiles.Steady, day: 5);

        var update = Support.Cli.Run(["baseline", "update", "--from", .. runs, "--results", _temp.Results]);
        var compare = Support.Cli.Run("compare", "--baseline-for-host", current, "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.Contains("Pooled 3 runs: r1, r2, r3", update.Output);
        Assert.Contains($"Wrote {BaselinePath}: 1 measurement(s) of run r3-x3", update.Output);
        Assert.Equal([12, 12, 12], RunDocumentFile.Read(BaselinePath).Measurements[0].RunLengths);
        Assert.Contains("Runs:     the baseline pools 3 runs", compare.Output);
        Assert.DoesNotContain("single-run-baseline", compare.Error);
    }

    [Fact]
    public void A_baseline_is_never_overwritten_without_the_explicit_command()
    {
        string baselineRun = RunFiles.Write(_temp.ScratchFile("base.json"), "base", RunFiles.Steady);
        string other = RunFiles.Write(_temp.ScratchFile("other.json"), "other", RunFiles.Scaled(3), day: 2);
        Support.Cli.Run("baseline", "update", "--from", baselineRun, "--results", _temp.Results);
        byte[] before = File.ReadAllBytes(BaselinePath);
        DateTime writeTime = File.GetLastWriteTimeUtc(BaselinePath);

        Support.Cli.Run("compare", "--baseline-for-host", other, "--results", _temp.Results);
        Support.Cli.Run("compare", BaselinePath, other, "--results", _temp.Results);
        Support.Cli.Run("history", _temp.Scratch, "--results", _temp.Results);
        Support.Cli.Run("baseline", "show", "--host", RunFiles.HostId, "--results", _temp.Results);
        Support.Cli.Run("baseline", "update", "--results", _temp.Results);
        Support.Cli.Run("baseline", "update", other, "--results", _temp.Results);

        Assert.Equal(before, File.ReadAllBytes(BaselinePath));
        Assert.Equal(writeTime, File.GetLastWriteTimeUtc(BaselinePath));
    }

    [Theory]
    [MemberData(nameof(RunFiles.BadInputs), MemberType = typeof(RunFiles))]
    public void Update_from_bad_input_is_one_line_exit_2_and_writes_nothing(string kind, string message)
    {
        string bad = RunFiles.Bad(kind, _temp.Scratch);
        var before = _temp.Snapshot();

        var result = Support.Cli.Run("baseline", "update", "--from", bad, "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines));
        Assert.Equal(before, _temp.Snapshot());
        Assert.False(Directory.Exists(_temp.Results));
    }

    [Fact]
    public void Show_without_a_baseline_or_a_run_prints_the_run_that_makes_one()
    {
        var result = Support.Cli.Run("baseline", "show", "--host", "some-host", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("No baseline for this host", result.Output);
        string command = Assert.Single(result.Output.Split('\n'), l => l.Contains("dotnet run", StringComparison.Ordinal)).Trim();
        Assert.EndsWith($"-- run --results {_temp.Results}", command);
        Assert.DoesNotContain("<", result.Output);
    }

    [Fact]
    public void Show_without_a_baseline_prints_the_command_that_records_the_latest_complete_run()
    {
        string runs = Path.Combine(_temp.Results, "runs");
        string complete = RunFiles.Write(Path.Combine(runs, "20250101T000000Z-aaaaaaaa.json"), "20250101T000000Z-aaaaaaaa", RunFiles.Steady);
        var partial = RunFiles.Document("20250102T000000Z-bbbbbbbb", new Dictionary<string, double[]> { ["model/fork/a"] = RunFiles.Steady }, day: 2);
        RunFiles.Write(Path.Combine(runs, "20250102T000000Z-bbbbbbbb.json"), partial with { Run = partial.Run with { IncompleteReason = "interrupted" } });

        var result = Support.Cli.Run("baseline", "show", "--host", RunFiles.HostId, "--results", _temp.Results);

        string command = Assert.Single(result.Output.Split('\n'), l => l.Contains("dotnet run", StringComparison.Ordinal)).Trim();
        Assert.EndsWith($"-- baseline update --from {complete} --results {_temp.Results}", command);
        Assert.True(File.Exists(complete));
    }

    [Fact]
    public void Show_without_a_baseline_prints_the_command_that_pools_the_three_latest_complete_runs()
    {
        string runs = Path.Combine(_temp.Results, "runs");
        string[] complete = [.. Enumerable.Range(1, 4).Select(day =>
            RunFiles.Write(Path.Combine(runs, $"2025010{day}T000000Z-aaaaaaaa.json"), $"2025010{day}T000000Z-aaaaaaaa", RunFiles.Steady, day: day))];

        var result = Support.Cli.Run("baseline", "show", "--host", RunFiles.HostId, "--results", _temp.Results);

        Assert.Contains("To record the 3 latest complete runs of this host as its baseline:", result.Output);
        string command = Assert.Single(result.Output.Split('\n'), l => l.Contains("dotnet run", StringComparison.Ordinal)).Trim();
        Assert.EndsWith($"-- baseline update --from {complete[3]} {complete[2]} {complete[1]} --results {_temp.Results}", command);
    }

    [Fact]
    public void Update_refuses_an_incomplete_run_unless_allowed()
    {
        var document = RunFiles.Document("cut", new Dictionary<string, double[]> { ["model/fork/a"] = RunFiles.Steady });
        string cut = RunFiles.Write(_temp.ScratchFile("cut.json"), document with { Run = document.Run with { IncompleteReason = "interrupted: model classes not run: X" } });

        var refused = Support.Cli.Run("baseline", "update", "--from", cut, "--results", _temp.Results);
        Assert.Equal(ExitCodes.UsageOrDataError, refused.ExitCode);
        Assert.Contains("incomplete run (interrupted: model classes not run: X)", Assert.Single(refused.ErrorLines));
        Assert.False(File.Exists(BaselinePath));

        var allowed = Support.Cli.Run("baseline", "update", "--from", cut, "--allow-incomplete", "--results", _temp.Results);
        Assert.Equal(ExitCodes.Success, allowed.ExitCode);
        Assert.True(File.Exists(BaselinePath));
    }

    [Fact]
    public void Update_refuses_a_run_with_an_unfinished_measurement()
    {
        var document = RunFiles.Document("short", new Dictionary<string, double[]> { ["model/fork/a"] = RunFiles.Steady });
        string path = RunFiles.Write(_temp.ScratchFile("short.json"), document with { Measurements = [document.Measurements[0] with { Incomplete = true }] });

        var refused = Support.Cli.Run("baseline", "update", "--from", path, "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, refused.ExitCode);
        Assert.Contains("1 measurement(s) stopped short", Assert.Single(refused.ErrorLines));
    }

    [Fact]
    public void Show_names_the_baseline_that_applies()
    {
        string baselineRun = RunFiles.Write(_temp.ScratchFile("base.json"), "base", RunFiles.Steady);
        Support.Cli.Run("baseline", "update", "--from", baselineRun, "--results", _temp.Results);

        var result = Support.Cli.Run("baseline", "show", "--host", RunFiles.HostId, "--results", _temp.Results);

        Assert.Contains($"Baseline model: {BaselinePath}: run base, commit commit-base, 1 measurement(s)", result.Output);
    }

    [Fact]
    public void Show_for_this_machine_names_its_host_id()
    {
        var result = Support.Cli.Run("baseline", "show", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches("^Host: [a-z0-9.-]+-[0-9a-f]{8}\n", result.Output);
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("baseline remove")]
    [InlineData("baseline update")]
    [InlineData("baseline show --color")]
    public void Usage_errors_exit_2(string commandLine)
    {
        var result = Support.Cli.Run([.. commandLine.Split(' '), "--results", _temp.Results]);
        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
