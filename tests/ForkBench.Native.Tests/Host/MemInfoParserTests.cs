using ForkBench.Native.Host;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Host;

public sealed class MemInfoParserTests
{
    [Fact]
    public void Parses_captured_meminfo_into_bytes()
    {
        MemInfo info = MemInfoParser.Parse(Fixture.Read("meminfo.txt"));

        Assert.Equal(24730032L * 1024, info.TotalBytes);
        Assert.Equal(23901340L * 1024, info.AvailableBytes);
        Assert.Equal(2048L * 1024, info.Get("Hugepagesize"));
    }

    [Fact]
    public void Counts_without_a_unit_stay_counts()
    {
        MemInfo info = MemInfoParser.Parse(Fixture.Read("meminfo.txt"));

        Assert.Equal(0, info.Get("HugePages_Total"));
    }

    [Fact]
    public void Falls_back_to_MemFree_on_kernels_without_MemAvailable()
    {
        MemInfo info = MemInfoParser.Parse("MemTotal: 1000 kB\nMemFree: 600 kB\n");

        Assert.Equal(600 * 1024, info.AvailableBytes);
    }

    [Fact]
    public void Rejects_text_that_is_not_meminfo() =>
        Assert.Throws<FormatException>(() => MemInfoParser.Parse("hello\nworld\n"));
}
