using ForkBench.Native.Processes;

namespace ForkBench.Native.Tests.Processes;

public sealed class LayoutTextTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(512L, "512B")]
    [InlineData(44L * 1024, "44KiB")]
    [InlineData(64L << 20, "64MiB")]
    [InlineData(3L << 29, "1.5GiB")]
    [InlineData((128L << 20) - 4096, "131068KiB")]
    [InlineData((72L << 20) + (300L << 10), "72.3MiB")]
    public void Writes_sizes_short_without_hiding_a_difference(long bytes, string text) =>
        Assert.Equal(text, LayoutText.Bytes(bytes));
}
