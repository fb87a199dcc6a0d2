using ForkBench.Results.Comparison;

namespace ForkBench.Results.Tests.Comparison;

public class FractionTextTests
{
    [Theory]
    [InlineData("5%", 0.05)]
    [InlineData("0.05", 0.05)]
    [InlineData(" 10 % ", 0.10)]
    [InlineData("0.5%", 0.005)]
    [InlineData("150%", 1.5)]
    [InlineData("0", 0)]
    public void Percent_and_fraction_mean_the_same_share(string text, double expected)
    {
        Assert.True(FractionText.TryParse(text, out double fraction));
        Assert.Equal(expected, fraction, 12);
    }

    [Theory]
    [InlineData("5")]      // 5% or 500%? refused, not guessed
    [InlineData("1")]
    [InlineData("-0.1")]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("0,05")]
    [InlineData("%")]
    public void Ambiguous_or_bad_text_is_refused(string text) =>
        Assert.False(FractionText.TryParse(text, out _));

    [Fact]
    public void Formats_as_a_percentage() => Assert.Equal("5%", FractionText.Format(0.05));
}
