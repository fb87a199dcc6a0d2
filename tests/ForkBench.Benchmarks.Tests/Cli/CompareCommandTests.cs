using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;

namespace ForkBench.Benchmarks.Tests.Cli;

public sealed class CompareCommandTests : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_A_is_Same_and_exits_0()
    {
        string a = RunFiles.Write(_temp.ScratchFile("a.json"), "a", RunFiles.Steady);
        string b = RunFiles.Write(_temp.ScratchFile("b.json"), "b", RunFiles.Steady);

        var result = Support.Cli.Run("compare", a, b, "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Result: no regression: 0 slower, 0 faster, 1 same, 0 unknown", result.Output);
        // Two single runs: the only warning is that run-to-run noise is unknown.
        Assert.StartsWith("warning (single-run-baseline): ", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_regression_exits_1_and_an_improvement_0()
    {
        string a = RunFiles.Write(_temp.ScratchFile("a.json"), "a", RunFiles.Steady);
        string slower = RunFiles.Write(_temp.ScratchFile("slower.json"), "slower", RunFiles.Scaled(1.2));

        var regression = Support.Cli.Run("compare", a, slower);
        var improvement = Support.Cli.Run("compare", slower, a);

        Assert.Equal(ExitCodes.Regression, regression.ExitCode);
        Assert.Contains("REGRESSION", regression.Output);
        Assert.Equal(ExitCodes.Success, improvement.ExitCode);
        Assert.Contains("1 faster", improvement.Output);
    }

    [Fact]
    public void Options_change_the_rule()
    {
        string a = RunFiles.Write(_temp.ScratchFile("a.json"), "a", RunFiles.Steady);
        string slower = RunFiles.Write(_temp.ScratchFile("slower.json"), "slower", RunFiles.Scaled(1.2));

        var lenient = Support.Cli.Run("compare", a, slower, "--threshold", "30%");
        var floor = Support.Cli.Run("compare", a, slower, "--noise-floor=50ns");

        Assert.Equal(ExitCodes.Success, lenient.ExitCode);
        Assert.Contains("30% relative", lenient.Output);
        Assert.Equal(ExitCodes.Success, floor.ExitCode);
    }

    [Fact]
    public void A_share_is_the_same_as_a_percent_or_a_fraction()
    {
        string a = RunFiles.Write(_temp.ScratchFile("a.json"), "a", RunFiles.Steady);
        string slower = RunFiles.Write(_temp.ScratchFile("slower.json"), "slower", RunFiles.Scaled(1.2));

        var percent = Support.Cli.Run("compare", a, slower, "--threshold", "30%", "--alpha", "5%");
        var fraction = Support.Cli.Run("compare", a, slower, "--threshold", "0.30", "--alpha", "0.05");
        var small = Support.Cli.Run("compare", a, slower, "--threshold", "0.05");

        Assert.Equal(percent.Output, fraction.Output);
        Assert.Contains("30% relative", fraction.Output);
        Assert.Equal(ExitCodes.Success, fraction.ExitCode);
        Assert.Equal(ExitCodes.Regression, small.ExitCode);
        Assert.Contains("5% relative", small.Output);
    }

    [Fact]
    public void A_different_host_is_warned_about_on_stderr()
    {
        string a = RunFiles.Write(_temp.ScratchFile("a.json"), "a", RunFiles.Steady);
        string b = RunFiles.Write(_temp.ScratchFile("b.json"), "b", RunFiles.Steady, hostId: "other-host");

        var result = Support.Cli.Run("compare", a, b);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Single(result.ErrorLines, line => line.StartsWith("warning (host-mismatch): ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RunFiles.BadInputs), MemberType = typeof(RunFiles))]
    public void Bad_input_is_one_line_on_stderr_exit_2_and_nothing_written(string kind, string message)
    {
        string good = RunFiles.Write(_temp.ScratchFile("good.json"), "good", RunFiles.Steady);
        string bad = RunFiles.Bad(kind, _temp.Scratch);
        var before = _temp.Snapshot();

        foreach (string[] args in (string[][])[["compare", good, bad], ["compare", bad, good], ["compare", "--baseline-for-host", bad]])
        {
            var result = Support.Cli.Run([.. args, "--results", _temp.Results]);

            Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
            string line = Assert.Single(result.ErrorLines);
            Assert.StartsWith("forkbench compare: ", line);
            Assert.Contains(message, line);
            Assert.Equal("", result.Output);
        }
        Assert.Equal(before, _temp.Snapshot());
    }

    [Theory]
    [InlineData(new string[] { "compare" }, "give the baseline, then the current run")]
    [InlineData(new string[] { "compare", "a.json" }, "give the baseline, then the current run")]
    [InlineData(new string[] { "compare", "--baseline-for-host" }, "give the current run")]
    [InlineData(new string[] { "compare", "a.json", "b.json", "--treshold", "5%" }, "unknown option --treshold")]
    [InlineData(new string[] { "compare", "a.json", "b.json", "--threshold", "five" }, "not a percentage such as 5% or a fraction below 1")]
    [InlineData(new string[] { "compare", "a.json", "b.json", "--threshold", "5" }, "not a percentage such as 5% or a fraction below 1")]
    [InlineData(new string[] { "compare", "a.json", "b.json", "--alpha", "60%" }, "outside")]
    [InlineData(new string[] { "compare", "a.json", "b.json", "--noise-floor", "1 parsec" }, "not a time")]
    public void Usage_errors_exit_2_with_one_line(string[] args, string message)
    {
        var result = Support.Cli.Run(args);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Several_current_runs_are_pooled_and_named_in_the_header()
    {
        string[] baseline = [.. Enumerable.Range(1, 3).Select(day =>
            RunFiles.Write(_temp.ScratchFile($"b{day}.json"), $"b{day}", RunFiles.Scaled(1 + day / 100.0), day: day))];
        string c1 = RunFiles.Write(_temp.ScratchFile("c1.json"), "c1", RunFiles.Steady, day: 5);
        string c2 = RunFiles.Write(_temp.ScratchFile("c2.json"), "c2", RunFiles.Steady, day: 6);
        Support.Cli.Run(["baseline", "update", "--from", .. baseline, "--results", _temp.Results]);

        var result = Support.Cli.Run("compare", "--baseline-for-host", c1, c2, "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Current:  run c2-x2,", result.Output);
    }

    [Fact]
    public void Baseline_for_host_uses_the_committed_baseline_and_leaves_it_untouched()
    {
        string baselineRun = RunFiles.Write(_temp.ScratchFile("base.json"), "base", RunFiles.Steady);
        string current = RunFiles.Write(_temp.ScratchFile("now.json"), "now", RunFiles.Scaled(1.2));
        Assert.Equal(ExitCodes.Success, Support.Cli.Run("baseline", "update", "--from", baselineRun, "--results", _temp.Results).ExitCode);
        var before = _temp.Snapshot();

        var result = Support.Cli.Run("compare", "--baseline-for-host", current, "--results", _temp.Results);

        Assert.Equal(ExitCodes.Regression, result.ExitCode);
        Assert.Contains("Baseline: run base", result.Output);
        Assert.Equal(before, _temp.Snapshot());
    }

    [Fact]
    public void Baseline_for_host_without_a_baseline_says_how_to_make_one()
    {
        string current = RunFiles.Write(_temp.ScratchFile("now.json"), "now", RunFiles.Steady);

        var result = Support.Cli.Run("compare", "--baseline-for-host", current, "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains($"-- baseline update --from {current} --results {_temp.Results}", line);
        Assert.DoesNotContain("<", line);
        Assert.False(Directory.Exists(_temp.Results));
    }
}
