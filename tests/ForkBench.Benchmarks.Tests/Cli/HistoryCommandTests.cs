using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;

namespace ForkBench.Benchmarks.Tests.Cli;

public sealed class HistoryCommandTests : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Runs => Path.Combine(_temp.Results, "runs");

    private void WriteSeries()
    {
        Directory.CreateDirectory(Runs);
        for (int day = 1; day <= 8; day++)
            RunFiles.Write(Path.Combine(Runs, $"run{day}.json"), $"run{day}", RunFiles.Scaled(day <= 5 ? 1 : 1.3), day: day);
    }

    [Fact]
    public void Names_the_run_where_each_id_changed()
    {
        WriteSeries();

        var result = Support.Cli.Run("history", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("model/fork/a: 8 runs, 1 change(s)", result.Output);
        Assert.Contains("at run run6 (commit commit-run6, after run run5)", result.Output);
        Assert.Contains("Slower", result.Output);
    }

    [Fact]
    public void Filters_by_id_prefix_and_host()
    {
        WriteSeries();

        Assert.Equal(ExitCodes.UsageOrDataError, Support.Cli.Run("history", Runs, "--id", "native/").ExitCode);
        Assert.Equal(ExitCodes.UsageOrDataError, Support.Cli.Run("history", Runs, "--host", "elsewhere").ExitCode);
        Assert.Equal(ExitCodes.Success, Support.Cli.Run("history", Runs, "--id", "model/", "--host", RunFiles.HostId).ExitCode);
    }

    [Fact]
    public void An_id_copied_from_the_benchmark_table_finds_runs_written_before_ids_were_lower_case()
    {
        // Documents written before ids were lower case said "wrprotect=False".
        Directory.CreateDirectory(Runs);
        const string old = "model/floor/floor-64mib/placement=contiguous/wrprotect=False";
        for (int day = 1; day <= 4; day++)
            RunFiles.Write(Path.Combine(Runs, $"run{day}.json"), RunFiles.Document($"run{day}", new Dictionary<string, double[]> { [old] = RunFiles.Steady }, day: day));

        var result = Support.Cli.Run("history", Runs, "--id", "model/floor/floor-64mib/placement=contiguous/wrprotect=false");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("model/floor/floor-64mib/placement=contiguous/wrprotect=false: 4 runs", result.Output);
    }

    [Theory]
    [MemberData(nameof(RunFiles.BadInputs), MemberType = typeof(RunFiles))]
    public void A_bad_run_in_the_series_is_one_line_exit_2(string kind, string message)
    {
        WriteSeries();
        string bad = RunFiles.Bad(kind, _temp.Scratch);
        var before = _temp.Snapshot();

        var result = Support.Cli.Run("history", Runs, bad);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains(kind == "missing" ? "no such file or directory" : message, Assert.Single(result.ErrorLines));
        Assert.Equal(before, _temp.Snapshot());
    }

    [Fact]
    public void No_runs_is_a_data_error()
    {
        var result = Support.Cli.Run("history", "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("no such file or directory", Assert.Single(result.ErrorLines));
    }
}
