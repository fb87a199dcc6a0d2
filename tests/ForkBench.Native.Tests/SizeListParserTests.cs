namespace ForkBench.Native.Tests;

public sealed class SizeListParserTests
{
    private const long MiB = 1L << 20;

    [Fact]
    public void Parses_a_list_with_units() =>
        Assert.Equal([64 * MiB, 256 * MiB, 1024 * MiB], SizeListParser.Parse("64M, 256MiB,1G"));

    [Fact]
    public void A_bare_number_is_MiB() => Assert.Equal([128 * MiB], SizeListParser.Parse("128"));

    [Fact]
    public void A_range_doubles() =>
        Assert.Equal([64 * MiB, 128 * MiB, 256 * MiB, 512 * MiB, 1024 * MiB], SizeListParser.Parse("64M..1G"));

    [Theory]
    [InlineData("3M")]
    [InlineData("0")]
    [InlineData("-64")]
    [InlineData("64X")]
    [InlineData("1G..64M")]
    [InlineData("64,64")]
    [InlineData("")]
    [InlineData("99999999999999G")]
    public void Rejects_bad_sizes(string text) => Assert.Throws<FormatException>(() => SizeListParser.Parse(text));
}
