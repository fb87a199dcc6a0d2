using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Plots;

namespace ForkBench.Reporting.Tests.Plots;

public class LogTicksTests
{
    private static string[] Labels(LogTicks ticks) => [.. ticks.Ticks.Where(t => t.IsMajor).Select(t => t.Label)];

    [Fact]
    public void Time_decades_read_as_durations()
    {
        var ticks = LogTicks.Decades(300e3, 2e9, v => DurationFormat.Format(v, 1));
        Assert.Equal(["100 us", "1 ms", "10 ms", "100 ms", "1 s", "10 s"], Labels(ticks));
        Assert.Equal(5, ticks.Low);
        Assert.Equal(10, ticks.High);
        Assert.All(ticks.Ticks, t => Assert.InRange(t.Position, ticks.Low, ticks.High));
    }

    [Fact]
    public void A_narrow_range_labels_two_and_five_too()
    {
        var ticks = LogTicks.Decades(1.2e6, 4e6, v => DurationFormat.Format(v, 1));
        Assert.Equal(["1 ms", "2 ms", "5 ms", "10 ms"], Labels(ticks));
    }

    [Fact]
    public void Sizes_are_powers_of_two_at_the_log10_of_their_value()
    {
        const double MiB = 1 << 20;
        var ticks = LogTicks.PowersOfTwo(64 * MiB, 1024 * MiB, v => SizeFormat.Format((long)v));
        Assert.Equal(["64 MiB", "128 MiB", "256 MiB", "512 MiB", "1 GiB"], Labels(ticks));
        Assert.Equal(Math.Log10(64 * MiB), ticks.Ticks[0].Position, 12);
    }

    [Theory]
    [InlineData(1.0, 1e12)]
    [InlineData(4096.0, 4096.0 * (1L << 30))]
    [InlineData(5.0, 5.0)]
    public void Wide_or_single_ranges_keep_at_most_eight_labels_and_cover_the_values(double min, double max)
    {
        foreach (var ticks in new[] { LogTicks.Decades(min, max, v => v.ToString()), LogTicks.PowersOfTwo(min, max, v => v.ToString()) })
        {
            Assert.InRange(Labels(ticks).Length, 2, 8);
            Assert.True(ticks.Low <= Math.Log10(min) + 1e-9 && Math.Log10(max) <= ticks.High + 1e-9);
        }
    }
}
