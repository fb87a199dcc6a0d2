using ForkBench.Native.Host;
using ForkBench.Native.Memory;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Memory;

public sealed class PagemapWalkTests
{
    private const int Length = 8 << 20;

    /// <summary>Bit 63 of a pagemap entry: the page is present (pagemap.rst).</summary>
    private const ulong Present = 1UL << 63;

    [LinuxFact]
    public void A_walk_reads_the_buffers_own_entries_present_where_written_and_none_past_its_range()
    {
        using TestBuffer buffer = BufferFactory.Create(ScenarioOf.Fork("anon-4k/pin=none/touch=every-512th"), Length, new ThpSysfs());
        using PagemapWalk? walk = PagemapWalk.TryOpen(buffer.Address, Length / 2, out string? reason);

        Assert.Null(reason);
        Assert.NotNull(walk);
        Assert.True(walk.TimeNs() > 0);
        Assert.NotEqual(0UL, walk.Entry(0) & Present);
        Assert.NotEqual(0UL, walk.Entry(512) & Present);
        Assert.Equal(0UL, walk.Entry(1) & Present);
        Assert.Equal(0UL, walk.Entry(511) & Present);
        Assert.Throws<ArgumentOutOfRangeException>(() => walk.Entry(Length / 2 / TestBuffer.PageSize));
    }
}
