using System.Globalization;
using System.Text.RegularExpressions;
using ForkBench.Benchmarks.Cli;

namespace ForkBench.Benchmarks.Tests.Cli;

public class FloorRatioCommandTests
{
    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("six")]
    public void Fewer_than_six_rounds_is_one_line_and_exit_2(string rounds)
    {
        var result = Support.Cli.Run("floor-ratio", "--rounds", rounds);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Equal("", result.Output);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains("--rounds", line);
    }

    [Fact]
    public void An_unknown_variant_is_one_line_and_exit_2()
    {
        var result = Support.Cli.Run("floor-ratio", "--variant", "v9.9", "--rounds", "6", "--size", "64MiB");

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Equal("", result.Output);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains("unknown variant 'v9.9'", line);
    }

    [Theory]
    [InlineData("4GiB")]
    [InlineData("256M")]
    [InlineData("lots")]
    public void A_size_the_floor_lacks_is_one_line_and_exit_2(string size)
    {
        var result = Support.Cli.Run("floor-ratio", "--size", size);

        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("--size", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_short_run_prints_the_labelled_figures()
    {
        var result = Support.Cli.Run("floor-ratio", "--rounds", "6", "--size", "64MiB");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("fork:  model/fork-size/v5.8/anon-4k/pin=none/rss=64mib", lines);
        Assert.Contains(lines, l => l.StartsWith("floor: model/floor/", StringComparison.Ordinal) && l.Contains("wrprotect=true", StringComparison.Ordinal));
        Assert.True(Number(lines, "fork median:") > 0);
        Assert.True(Number(lines, "floor median:") > 0);
        Assert.True(Number(lines, "ratio median:") > 0);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^ratio median: .*\(95% CI [0-9.]+\.\.[0-9.]+, \+-[0-9.]+%"));
        Assert.Equal(6, Number(lines, "n:"));
        Assert.Contains("median of the per-round ratios fork / floor", result.Output);
        Assert.All(lines, l => Assert.True(l.Length <= 80 && l.All(char.IsAscii), l));
    }

    [Fact]
    public void The_ratio_is_the_median_of_per_round_ratios_not_the_ratio_of_medians()
    {
        // Per-round ratios 2, 3, 1, 5, 6, 1: sorted 1 1 2 3 5 6, median 2.5.
        // The medians alone would give 4.5 / 1 = 4.5.
        double[] fork = [2, 3, 4, 5, 6, 7];
        double[] floor = [1, 1, 4, 1, 1, 7];

        var result = PairedFloorRatio.Of(fork, floor);

        Assert.Equal(4.5, result.ForkMedianNsPerPte, 12);
        Assert.Equal(1, result.FloorMedianNsPerPte, 12);
        Assert.Equal(2.5, result.Ratio.Median.Estimate, 12);
        Assert.Equal(6, result.Rounds);
        // n = 6: the 95% interval of the median is the whole sample, [x(1), x(6)].
        Assert.Equal(1, result.Ratio.Median.Lower);
        Assert.Equal(6, result.Ratio.Median.Upper);
        Assert.True(result.IsWide);
        Assert.Contains(result.Lines("v5.8", 3), l => l.StartsWith("ratio median:", StringComparison.Ordinal) && l.EndsWith(", wide)", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_close_rounds_give_the_order_statistic_interval_and_are_not_wide()
    {
        // Ratios 1.00 .. 1.09 in shuffled order; n = 10 at 95%: ranks 2 and 9.
        double[] ratios = [1.05, 1.00, 1.09, 1.02, 1.07, 1.01, 1.04, 1.08, 1.03, 1.06];
        double[] floor = [.. ratios.Select((_, i) => 2.0 + i)];
        double[] fork = [.. ratios.Select((r, i) => r * floor[i])];

        var result = PairedFloorRatio.Of(fork, floor);

        Assert.Equal(1.045, result.Ratio.Median.Estimate, 9);
        Assert.Equal(1.01, result.Ratio.Median.Lower!.Value, 9);
        Assert.Equal(1.08, result.Ratio.Median.Upper!.Value, 9);
        Assert.Equal(0.035 / 1.045, result.Ratio.RelativeMedianHalfWidth, 9);
        Assert.False(result.IsWide);
        string[] lines = [.. result.Lines("v5.8", 3)];
        Assert.Contains("ratio median:     1.045 x floor  (95% CI 1.010..1.080, +-3.3%)", lines);
        Assert.All(lines, l => Assert.True(l.Length <= 80 && l.All(char.IsAscii), l));
    }

    [Fact]
    public void Rounds_of_unequal_count_or_no_rounds_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PairedFloorRatio.Of([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => PairedFloorRatio.Of([], []));
        Assert.Throws<ArgumentException>(() => PairedFloorRatio.Of([1], [0]));
    }

    /// <summary>The first number after a line's label.</summary>
    private static double Number(string[] lines, string label)
    {
        string line = Assert.Single(lines, l => l.StartsWith(label, StringComparison.Ordinal));
        Match number = Regex.Match(line[label.Length..], @"[0-9]+(\.[0-9]+)?");
        Assert.True(number.Success, line);
        return double.Parse(number.Value, CultureInfo.InvariantCulture);
    }
}
