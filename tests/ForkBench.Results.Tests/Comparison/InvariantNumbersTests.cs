using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Comparison;

public class InvariantNumbersTests
{
    [Theory]
    [InlineData(417579103, "417.6 ms")]
    [InlineData(47267, "47.27 us")]
    [InlineData(1311037, "1.311 ms")]
    [InlineData(45.98, "45.98 ns")]
    [InlineData(0.25, "0.250 ns")]
    [InlineData(2.5e9, "2.500 s")]
    [InlineData(0, "0.000 ns")]
    public void Times_are_shown_in_a_readable_unit(double nanoseconds, string expected) =>
        Assert.Equal(expected, InvariantNumbers.Value(nanoseconds, SampleUnit.Nanoseconds));

    [Fact]
    public void Other_units_and_other_time_units()
    {
        Assert.Equal("3.106 ms", InvariantNumbers.Value(3.1056, SampleUnit.Milliseconds));
        Assert.Equal("1536 bytes", InvariantNumbers.Value(1536, SampleUnit.Bytes));
        Assert.Equal("310.5 us", InvariantNumbers.Value(310.5, SampleUnit.Microseconds));
    }

    [Fact]
    public void Never_a_decimal_comma()
    {
        using var culture = new CommaDecimalCulture();
        Assert.Equal("1.311 ms", InvariantNumbers.Value(1311037, SampleUnit.Nanoseconds));
        Assert.Equal("+4.2%", InvariantNumbers.PercentChange(1.042));
        Assert.Equal("[0.981, 1.024]", InvariantNumbers.Interval(0.981, 1.024));
    }
}
