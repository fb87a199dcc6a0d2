using ForkBench.Benchmarks.Model;
using ForkBench.Kernel;
using ForkBench.Kernel.Memory;

namespace ForkBench.Benchmarks.Tests.Model;

public class ScenarioTests
{
    private const long Size = 8L << 20;
    private const long Pages = Size >> 12;

    private static Scenario Build(string pins = PinShare.None, string layout = PageLayout.Small, string mapping = MappingParam.AnonPrivate, string variant = "pte-batch-6.9") =>
        Scenario.Create(new ScenarioSpec { Variant = variant, SizeBytes = Size, Pins = pins, Layout = layout, Mapping = mapping });

    private static long PinnedPages(Scenario s) => s.Machine.Pins.Sum(p => p.Frames.Count);

    [Theory]
    [InlineData(PinShare.OneIn64, 64)]
    [InlineData(PinShare.OneIn1024, 1024)]
    [InlineData(PinShare.All, 1)]
    public void APinShareOf1InNPinsExactlyEveryNthPage(string pins, int stride)
    {
        using var s = Build(pins);
        Assert.Equal(Pages / stride, PinnedPages(s));
        var pinnedFrames = s.Machine.Pins.SelectMany(p => p.Frames).ToHashSet();
        for (long page = 0; page < Pages; page++)
        {
            long pfn = s.Machine.MappedFrame(s.Parent, s.Address + (page << 12));
            bool pinned = page % stride == 0;
            Assert.Equal(pinned, pinnedFrames.Contains(pfn));
            Assert.Equal(pinned ? 1 + PhysicalMemory.PinCountingBias : 1, s.Machine.Physical.Memmap[pfn].RefCount);
        }
        Assert.True(s.Parent.HasPinnedSticky);
        Assert.Empty(s.Machine.CheckInvariants());
    }

    [Fact]
    public void NothingPinnedLeavesTheMmWithoutThePinnedState()
    {
        using var s = Build();
        Assert.Equal(0, PinnedPages(s));
        Assert.False(s.Parent.HasPinnedSticky);
    }

    [Fact]
    public void WasPinnedKeepsTheStickyStateWithNothingPinned()
    {
        using var s = Build(PinShare.WasPinned);
        Assert.Equal(0, PinnedPages(s));
        Assert.True(s.Parent.HasPinnedSticky);
        Assert.Empty(s.Machine.CheckInvariants());
    }

    [Fact]
    public void FalsePositivesTake1024ReferencesOnEvery64thPageWithoutPinning()
    {
        using var s = Build(PinShare.Refs1In64);
        Assert.Equal(0, PinnedPages(s));
        Assert.False(s.Parent.HasPinnedSticky);
        Assert.Equal(Pages / 64, s.Machine.References.Sum(r => r.Heads.Count));
        Assert.All(s.Machine.References, r => Assert.Equal(PhysicalMemory.PinCountingBias, r.ReferencesPerPage));
        long first = s.Machine.MappedFrame(s.Parent, s.Address);
        Assert.Equal(1 + PhysicalMemory.PinCountingBias, s.Machine.Physical.Memmap[first].RefCount);
        Assert.Empty(s.Machine.CheckInvariants());
    }

    [Theory]
    [InlineData(PageLayout.Small, 0)]
    [InlineData(PageLayout.ThpPmd, 9)]
    [InlineData(PageLayout.Mthp64K, 4)]
    [InlineData(PageLayout.Folio2MPte, 9)]
    public void LayoutsMapFoliosOfTheirOrder(string layout, int order)
    {
        using var s = Build(layout: layout);
        var pm = s.Machine.Physical;
        long pfn = s.Machine.MappedFrame(s.Parent, s.Address);
        Assert.Equal(order, pm.FolioOrder(pm.FolioHead(pfn)));
        Assert.Equal(Pages, s.Parent.RssAnon);
        Assert.Equal(layout == PageLayout.ThpPmd, PageLayout.MapWithPmd(layout));
    }

    [Fact]
    public void AFilePrivateMappingHoldsFilePagesAndOneAnonCopy()
    {
        using var s = Build(mapping: MappingParam.FilePrivate);
        Assert.Equal(1, s.Parent.RssAnon);
        Assert.Equal(Pages - 1, s.Parent.RssFile);
        Assert.True(s.Parent.VmaList[0].HasAnonVma);
    }

    [Fact]
    public void ASharedAnonMappingIsNotCopiedAtFork()
    {
        using var s = Build(mapping: MappingParam.AnonShared);
        s.Fork();
        Assert.Equal(0, s.Child.RssAnon + s.Child.RssFile);
        Assert.Equal(ForkOutcome.Success, s.LastOutcome);
    }

    [Theory]
    [InlineData(PinShare.None, false, PageDataMode.StampOnly)]
    [InlineData(PinShare.WasPinned, false, PageDataMode.StampOnly)]
    [InlineData(PinShare.OneIn64, false, PageDataMode.Full)]
    [InlineData(PinShare.All, false, PageDataMode.Full)]
    [InlineData(PinShare.Refs1In64, false, PageDataMode.Full)]
    [InlineData(PinShare.None, true, PageDataMode.Full)]
    public void PageCopiesCostAMemcpyWhereverPagesGetCopied(string pins, bool parentWrites, PageDataMode expected)
    {
        var spec = new ScenarioSpec { Pins = pins, ParentWritesAfterFork = parentWrites };
        Assert.Equal(expected, spec.DataMode);
        Assert.Equal(expected, spec.MachineOptions.DataMode);
    }

    [Fact]
    public void TheMachineHasRoomForAChildThatCopiesEveryPage()
    {
        var spec = new ScenarioSpec { SizeBytes = 1L << 30 };
        Assert.True(spec.MemoryBytes >= 2.2 * spec.SizeBytes);
        using var s = Build(PinShare.All, variant: "merged-5.10");
        s.Fork();
        Assert.Equal(ForkOutcome.Success, s.LastOutcome);
        Assert.Equal(Pages, s.Child.RssAnon);
    }

    [Fact]
    public void UnknownAxisValuesAreRejected()
    {
        Assert.Throws<ArgumentException>(() => new ScenarioSpec { Variant = "v9.99" }.CopyVariant);
        Assert.Throws<ArgumentException>(() => PinShare.Stride("half"));
        Assert.Throws<ArgumentException>(() => PageLayout.FolioOrder("1g"));
        Assert.Throws<ArgumentException>(() => MappingParam.Kind("file-shared"));
        Assert.Throws<ArgumentException>(() => PlacementParam.Parse("random"));
    }
}
