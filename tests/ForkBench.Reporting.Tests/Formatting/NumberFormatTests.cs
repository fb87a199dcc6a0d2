using ForkBench.Reporting.Formatting;

namespace ForkBench.Reporting.Tests.Formatting;

public class NumberFormatTests
{
    [Theory]
    [InlineData(13.04, "13.0")]
    [InlineData(234.4, "234")]
    [InlineData(1276.3, "1276")]
    [InlineData(0.3412, "0.341")]
    [InlineData(9.996, "10.0")]
    [InlineData(-5.123, "-5.12")]
    [InlineData(0, "0")]
    [InlineData(1234567, "1234567")]
    [InlineData(123456789012, "1.23e11")]
    [InlineData(double.NaN, "n/a")]
    [InlineData(double.PositiveInfinity, "n/a")]
    public void Significant_keeps_three_digits(double value, string expected) =>
        Assert.Equal(expected, NumberFormat.Significant(value));

    [Theory]
    [InlineData(8.374, "+8.37%")]
    [InlineData(-0.524, "-0.52%")]
    [InlineData(-0.001, "0.00%")]
    [InlineData(0, "0.00%")]
    public void SignedPercent_shows_direction(double value, string expected) =>
        Assert.Equal(expected, NumberFormat.SignedPercent(value));

    [Theory]
    [InlineData(13.04e6, "13.0 ms")]
    [InlineData(340e3, "340 us")]
    [InlineData(1276e6, "1.28 s")]
    [InlineData(999.7e6, "1.00 s")]
    [InlineData(5.2, "5.20 ns")]
    [InlineData(0.5, "0.500 ns")]
    public void Duration_picks_a_unit_between_one_and_a_thousand(double ns, string expected) =>
        Assert.Equal(expected, DurationFormat.Format(ns));

    [Theory]
    [InlineData(4096L, "4 KiB")]
    [InlineData(512L * 1024 * 1024, "512 MiB")]
    [InlineData(3L * 512 * 1024 * 1024, "1.50 GiB")]
    [InlineData(1000L, "1000 B")]
    public void Size_uses_binary_units(long bytes, string expected) =>
        Assert.Equal(expected, SizeFormat.Format(bytes));

    [Theory]
    [InlineData(4L * 1024 * 1024, "4M")]
    [InlineData(1L << 30, "1G")]
    public void Short_size_for_axes(long bytes, string expected) =>
        Assert.Equal(expected, SizeFormat.Short(bytes));

    [Theory]
    [InlineData(13.0e6, "ns", "13.0 ms")]
    [InlineData(13.0, "ms", "13.0 ms")]
    [InlineData(5.123, "ns/PTE", "5.12 ns/PTE")]
    [InlineData(120000, "ops/s", "120000 ops/s")]
    public void Quantity_formats_times_adaptively(double value, string unit, string expected) =>
        Assert.Equal(expected, QuantityFormat.Format(value, unit));
}
