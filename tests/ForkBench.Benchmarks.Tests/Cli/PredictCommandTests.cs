using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Kernel.Fork;

namespace ForkBench.Benchmarks.Tests.Cli;

public sealed class PredictCommandTests : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Without_a_calibration_it_is_one_line_naming_the_command_to_run()
    {
        var result = Support.Cli.Run("predict", "--scenario", "anon-4k/pin=all/rss=4mib", "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("forkbench predict: no calibration of this host", line);
        Assert.Contains($"-- calibrate --results {_temp.Results}", line);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Prices_the_twin_with_the_cached_costs_and_says_it_is_a_prediction()
    {
        TestCalibration.Write(_temp.Results);

        var result = Support.Cli.Run("predict", "--scenario", "anon-4k/pin=all/rss=4mib", "--variant", "merged-5.10", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Empty(result.Error);
        string text = System.Text.RegularExpressions.Regex.Replace(result.Output, @"\s+", " ");
        // merged-5.10 copies every one of the 1024 pinned pages: at least 1024 x 1 us.
        Assert.Matches(@"^predicted: this kernel would fork anon-4k/pin=all/rss=4mib in 1\.[0-9]{2} ms under merged-5\.10 " +
            @"\(calibrated 2026-11-30 on run 20261130T085137Z-053bfbaf, held-out median error 12\.5%\)", text);
        Assert.All(result.Output.Split('\n'), l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void All_variants_is_a_table_over_every_variant()
    {
        TestCalibration.Write(_temp.Results);

        var result = Support.Cli.Run("predict", "--scenario", "anon-64k/pin=all/rss=4mib", "--all-variants", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string[] lines = result.Output.Split('\n');
        Assert.StartsWith("predicted: this kernel would fork anon-64k/pin=all/rss=4mib in", lines[0]);
        foreach (CopyVariant variant in CopyVariant.All)
            Assert.Contains(lines, l => l.Contains($"under {variant.Id}", StringComparison.Ordinal));
        // Before 6.8 there is no anonymous mTHP: those rows say why instead of a figure.
        Assert.Contains(lines, l => l.Contains("n/a  under v5.8: anon-64k", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" ms  under pte-batch-6.15", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void A_calibration_of_another_kernel_is_used_with_a_warning()
    {
        TestCalibration.Write(_temp.Results, kernelRelease: "5.10.0-28-amd64");

        var result = Support.Cli.Run("predict", "--scenario", "anon-4k/pin=none/rss=4mib", "--variant", "v5.8", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string warning = Assert.Single(result.ErrorLines);
        Assert.StartsWith("warning (kernel-changed): the calibration was made on kernel 5.10.0-28-amd64", warning);
        Assert.Contains("-- calibrate --results", warning);
        Assert.StartsWith("predicted:", result.Output);
    }

    [Theory]
    [InlineData("anon-4k/pin=all", "--scenario: 'anon-4k/pin=all' is not a scenario")]
    [InlineData("anon-thp/pin=none/rss=3mib", "is not a whole number of thp folios")]
    public void A_bad_scenario_is_one_line(string tail, string expected)
    {
        TestCalibration.Write(_temp.Results);

        var result = Support.Cli.Run("predict", "--scenario", tail, "--variant", "v5.8", "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Variant_and_all_variants_exclude_each_other()
    {
        var result = Support.Cli.Run("predict", "--scenario", "anon-4k/pin=all/rss=4mib", "--variant", "v5.8", "--all-variants", "--results", _temp.Results);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("exclude each other", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_prediction_that_depends_on_inseparable_costs_says_so()
    {
        // Copies and PMD splits are one direction: a pinned THP's fork moves along it, a v5.8 fork (neither) does not.
        TestCalibration.Write(_temp.Results, inseparable: true);

        var thp = Support.Cli.Run("predict", "--scenario", "anon-thp/pin=all/rss=4mib", "--variant", "pte-batch-6.15", "--results", _temp.Results);
        var small = Support.Cli.Run("predict", "--scenario", "anon-4k/pin=all/rss=4mib", "--variant", "v5.8", "--results", _temp.Results);

        Assert.Equal(ExitCodes.Success, thp.ExitCode);
        Assert.Contains("note: depends on how the fit split the costs of pages-copied, pmd-splits", thp.Output.ReplaceLineEndings(" ").Replace("   ", " ", StringComparison.Ordinal));
        Assert.DoesNotContain("note:", small.Output);
    }
}
