using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Comparison;

public class EquivalenceThresholdTests
{
    [Theory]
    [InlineData("1ns", 1)]
    [InlineData("0.5us", 500)]
    [InlineData("2ms", 2e6)]
    [InlineData("3", 3)]
    [InlineData("1s", 1e9)]
    public void Parses_times(string text, double nanoseconds)
    {
        Assert.True(EquivalenceThreshold.TryParseTime(text, out double parsed));
        Assert.Equal(nanoseconds, parsed, 9);
    }

    [Theory]
    [InlineData("1 parsec")]
    [InlineData("-1ns")]
    [InlineData("1bytes")]
    [InlineData("0,5us")]
    public void Rejects_bad_times(string text) => Assert.False(EquivalenceThreshold.TryParseTime(text, out _));

    [Fact]
    public void Parsing_ignores_a_comma_decimal_culture()
    {
        using var culture = new CommaDecimalCulture();
        Assert.True(FractionText.TryParse("2.5%", out double fraction));
        Assert.Equal(0.025, fraction, 12);
        Assert.Equal("2.5% relative, noise floor 0.5 ns", new EquivalenceThreshold(2.5, 0.5).ToString());
    }

    [Fact]
    public void The_floor_converts_into_the_measurement_unit_and_ignores_other_units()
    {
        var threshold = new EquivalenceThreshold(5, 1000);
        Assert.Equal(1.0, threshold.NoiseFloorIn(SampleUnit.Microseconds));
        Assert.Equal(0.0, threshold.NoiseFloorIn(SampleUnit.Bytes));
    }
}
