using ForkBench.Native.Host;
using ForkBench.Native.Memory;
using ForkBench.Native.Scenarios;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Memory;

public sealed class BufferFactoryTests
{
    private const int Length = 8 << 20;

    [LinuxTheory]
    [InlineData("anon-4k")]
    [InlineData("anon-4k-dontfork")]
    [InlineData("anon-4k-wipeonfork")]
    [InlineData("shared-anon")]
    [InlineData("file-private")]
    public void Every_page_is_written(string memory)
    {
        using TestBuffer buffer = BufferFactory.Create(ScenarioOf.Fork($"{memory}/pin=none"), Length, new ThpSysfs(), fill: 7);

        Assert.Equal(Length, buffer.Length);
        Assert.Equal(7, buffer.ReadPage(0));
        Assert.Equal(7, buffer.ReadPage(Length / TestBuffer.PageSize - 1));
        Assert.Null(buffer.HugePageCoverage);
        using PagemapWalk? walk = PagemapWalk.TryOpen(buffer.Address, Length, out _);
        if (walk is null)
            return; // no pagemap here: the first and last pages above are all that can be checked
        for (long page = 0; page < Length / TestBuffer.PageSize; page++)
            Assert.True((walk.Entry(page) & Present) != 0, $"page {page} of the buffer is not present");
    }

    /// <summary>Bit 63 of a pagemap entry: the page is present (pagemap.rst).</summary>
    private const ulong Present = 1UL << 63;

    [LinuxFact]
    public void A_THP_buffer_is_aligned_and_reports_its_coverage()
    {
        using TestBuffer buffer = BufferFactory.Create(ScenarioOf.Fork("anon-thp/pin=none"), Length, new ThpSysfs());

        Assert.Equal(0, buffer.Address % (2 << 20));
        Assert.NotNull(buffer.HugePageCoverage);
        Assert.InRange(buffer.HugePageCoverage.Value, 0, 1);
        Assert.Contains("AnonHugePages", buffer.CoverageSource, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void An_mTHP_buffer_restores_the_knobs_it_changed()
    {
        // A fake sysfs: the kernel ignores it, but the change-and-restore path runs for real.
        using var fake = new FakeThpDirectory((64, "always inherit madvise [never]"), (2048, "always [inherit] madvise never"));

        using TestBuffer buffer = BufferFactory.Create(ScenarioOf.Fork("anon-64k/pin=none"), Length, new ThpSysfs(fake.Path));

        Assert.Equal("never", ThpSettingParser.Selected(fake.Enabled(64)));
        Assert.Equal("inherit", ThpSettingParser.Selected(fake.Enabled(2048)));
        Assert.Equal(0, buffer.HugePageCoverage);
    }
}
