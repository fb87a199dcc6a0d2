namespace ForkBench.Scenarios.Tests;

public class ByteSizeTests
{
    [Theory]
    [InlineData("64M", 64L << 20)]
    [InlineData("64MiB", 64L << 20)]
    [InlineData("64mib", 64L << 20)]
    [InlineData("64", 64L << 20)]
    [InlineData("1G", 1L << 30)]
    [InlineData("1GiB", 1L << 30)]
    [InlineData("512K", 512L << 10)]
    [InlineData(" 2 MB ", 2L << 20)]
    public void Parses_what_people_type(string text, long bytes) => Assert.Equal(bytes, ByteSize.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("0M")]
    [InlineData("-1G")]
    [InlineData("1.5G")]
    [InlineData("1T")]
    [InlineData("lots")]
    public void Refuses_what_is_not_a_size(string text) => Assert.Throws<FormatException>(() => ByteSize.Parse(text));

    [Theory]
    [InlineData(64L << 20, "64MiB", "64mib")]
    [InlineData(1L << 30, "1GiB", "1gib")]
    [InlineData(16L << 10, "16KiB", "16kib")]
    [InlineData(1536L << 20, "1536MiB", "1536mib")]
    public void Formats_for_people_and_for_ids(long bytes, string text, string token)
    {
        Assert.Equal(text, ByteSize.Format(bytes));
        Assert.Equal(token, ByteSize.Token(bytes));
        Assert.Equal(bytes, ByteSize.Parse(text));
        Assert.Equal(bytes, ByteSize.Parse(token));
    }

    [Fact]
    public void Lists_and_doubling_ranges()
    {
        Assert.Equal([64L << 20, 128L << 20, 256L << 20], ByteSize.ParseList("64M..256M"));
        Assert.Equal([1L << 30, 64L << 20], ByteSize.ParseList("1G, 64M"));
        Assert.Throws<FormatException>(() => ByteSize.ParseList("1G..64M"));
        Assert.Throws<FormatException>(() => ByteSize.ParseList("64M,64M"));
        Assert.Throws<FormatException>(() => ByteSize.ParseList(","));
    }
}
