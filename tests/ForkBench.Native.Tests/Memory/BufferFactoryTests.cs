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
    }

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
