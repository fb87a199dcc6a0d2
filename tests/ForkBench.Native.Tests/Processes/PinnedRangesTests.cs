using ForkBench.Native.Processes;

namespace ForkBench.Native.Tests.Processes;

public sealed class PinnedRangesTests
{
    [Fact]
    public void Widens_buffers_to_whole_pages_and_merges_overlaps()
    {
        PinnedRanges ranges = PinnedRanges.From(
        [
            new RegisteredBuffer(0, 0x10010, 100),
            new RegisteredBuffer(1, 0x11000, 0x1000),
            new RegisteredBuffer(0, 0x10000, 0x2000), // the same pages through a second ring
            new RegisteredBuffer(2, 0x20000, 0x1000),
        ]);

        Assert.Equal([(0x10000UL, 0x12000UL), (0x20000UL, 0x21000UL)], ranges.Ranges);
        Assert.Equal(0x3000, ranges.TotalBytes);
    }

    [Fact]
    public void Counts_the_bytes_and_runs_inside_a_range()
    {
        PinnedRanges ranges = PinnedRanges.From([new RegisteredBuffer(0, 0x10000, 0x4000), new RegisteredBuffer(1, 0x20000, 0x1000)]);

        Assert.Equal((0x2000L, 1), ranges.Within(0x12000, 0x18000));
        Assert.Equal((0x3000L, 2), ranges.Within(0x12000, 0x30000));
        Assert.Equal((0L, 0), ranges.Within(0x30000, 0x40000));
    }
}
