using ForkBench.Reporting.Scales;

namespace ForkBench.Reporting.Tests.Scales;

public class ScaleTests
{
    [Theory]
    [InlineData(0, 402, 0, 500, 100)]
    [InlineData(0.69, 1.12, 0.6, 1.2, 0.1)]
    [InlineData(0, 1, 0, 1, 0.2)]
    [InlineData(-3, 7, -4, 8, 2)]
    public void Linear_ticks_are_nice_and_cover_the_data(double min, double max, double low, double high, double step)
    {
        var scale = LinearScale.Nice(min, max, 7);
        Assert.Equal(low, scale.DomainMin, 9);
        Assert.Equal(high, scale.DomainMax, 9);
        Assert.Equal(step, scale.Step, 9);
    }

    [Theory]
    [InlineData(0.3, 0.5)]
    [InlineData(3, 5)]
    [InlineData(0.0007, 0.001)]
    [InlineData(15, 20)]
    public void NiceStep_is_one_two_or_five(double rough, double expected) =>
        Assert.Equal(expected, LinearScale.NiceStep(rough), 12);

    [Fact]
    public void Linear_single_value_gets_an_axis_around_it()
    {
        var scale = LinearScale.Nice(5, 5);
        Assert.True(scale.DomainMin < 5 && scale.DomainMax > 5);
    }

    [Fact]
    public void Random_linear_ranges_are_covered_by_few_nice_ticks()
    {
        var random = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            double a = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-6, 9));
            // Ranges down to a millionth of the values: narrower ones are beyond double precision for tick labels.
            double b = a + Math.Max(Math.Abs(a) * 1e-6, random.NextDouble() * Math.Pow(10, random.Next(-6, 9)));
            int maxTicks = random.Next(3, 10);
            var scale = LinearScale.Nice(a, b, maxTicks);
            // Tick values are rounded to the step's precision: allow a billionth of the range.
            double slack = (b - a) * 1e-9;
            Assert.True(scale.DomainMin <= a + slack && scale.DomainMax >= b - slack, $"[{a}, {b}] -> [{scale.DomainMin}, {scale.DomainMax}]");
            Assert.InRange(scale.Ticks.Count, 2, maxTicks);
            double mantissa = scale.Step / Math.Pow(10, Math.Floor(Math.Log10(scale.Step)));
            Assert.True(new[] { 1.0, 2.0, 5.0, 10.0 }.Contains(Math.Round(mantissa, 6)), $"step {scale.Step} for [{a}, {b}]");
        }
    }

    [Fact]
    public void Decades_cover_the_data_with_powers_of_ten()
    {
        var scale = LogScale.Decades(0.34e6, 1276e6);
        Assert.Equal(1e5, scale.DomainMin);
        Assert.Equal(1e10, scale.DomainMax);
        Assert.All(scale.Ticks.Where(t => t.Major), t => Assert.Equal(Math.Round(Math.Log10(t.Value)), Math.Log10(t.Value), 9));
        Assert.Equal(0.0, scale.Fraction(1e5), 9);
        Assert.Equal(1.0, scale.Fraction(1e10), 9);
    }

    [Fact]
    public void Exact_powers_stay_at_the_ends()
    {
        var scale = LogScale.PowersOfTwo(64L << 20, 4L << 30);
        Assert.Equal(64L << 20, scale.DomainMin);
        Assert.Equal(4L << 30, scale.DomainMax);
    }

    [Fact]
    public void Random_log_ranges_are_covered_with_major_ticks_at_both_ends()
    {
        var random = new Random(11);
        for (int i = 0; i < 2000; i++)
        {
            double a = Math.Pow(10, random.NextDouble() * 20 - 5);
            double b = a * Math.Pow(10, random.NextDouble() * 12);
            foreach (var scale in new[] { LogScale.Decades(a, b), LogScale.PowersOfTwo(a, b) })
            {
                Assert.True(scale.DomainMin <= a * (1 + 1e-9) && scale.DomainMax >= b * (1 - 1e-9));
                var major = scale.Ticks.Where(t => t.Major).ToList();
                Assert.InRange(major.Count, 2, 8);
                Assert.Equal(scale.DomainMin, major[0].Value);
                Assert.Equal(scale.DomainMax, major[^1].Value, scale.DomainMax * 1e-12);
            }
        }
    }

    [Fact]
    public void Log_scale_refuses_non_positive_bounds() =>
        Assert.Throws<ArgumentException>(() => LogScale.Decades(0, 10));
}
