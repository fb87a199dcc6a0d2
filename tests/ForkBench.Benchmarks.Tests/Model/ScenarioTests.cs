using ForkBench.Scenarios;
using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using ForkBench.Benchmarks.Model;
using ForkBench.Kernel;
using ForkBench.Kernel.Memory;

namespace ForkBench.Benchmarks.Tests.Model;

public class ScenarioTests
{
    private const long Size = 8L << 20;
    private const long Pages = Size >> 12;

    private static ForkScenarioInstance Build(string pins = ModelAxes.NoPins, string layout = ModelAxes.Small, string mapping = ModelAxes.Anon, string variant = "pte-batch-6.9") =>
        new ForkScenario { Variant = CopyVariant.ById(variant), Process = ModelAxes.Process(layout, pins, mapping) with { SizeBytes = Size } }.Build();

    private static long PinnedPages(ForkScenarioInstance s) => s.Machine.Pins.Sum(p => p.Frames.Count);

    [Theory]
    [InlineData(ModelAxes.Every64th, 64)]
    [InlineData(ModelAxes.Every1024th, 1024)]
    [InlineData(ModelAxes.AllPinned, 1)]
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
        using var s = Build(ModelAxes.Unpinned);
        Assert.Equal(0, PinnedPages(s));
        Assert.True(s.Parent.HasPinnedSticky);
        Assert.Empty(s.Machine.CheckInvariants());
    }

    [Fact]
    public void FalsePositivesTake1024ReferencesOnEvery64thPageWithoutPinning()
    {
        using var s = Build(ModelAxes.Refs64th);
        Assert.Equal(0, PinnedPages(s));
        Assert.False(s.Parent.HasPinnedSticky);
        Assert.Equal(Pages / 64, s.Machine.References.Sum(r => r.Heads.Count));
        Assert.All(s.Machine.References, r => Assert.Equal(PhysicalMemory.PinCountingBias, r.ReferencesPerPage));
        long first = s.Machine.MappedFrame(s.Parent, s.Address);
        Assert.Equal(1 + PhysicalMemory.PinCountingBias, s.Machine.Physical.Memmap[first].RefCount);
        Assert.Empty(s.Machine.CheckInvariants());
    }

    [Theory]
    [InlineData(ModelAxes.Small, 0)]
    [InlineData(ModelAxes.Thp, 9)]
    [InlineData(ModelAxes.Mthp64K, 4)]
    [InlineData(ModelAxes.Pte2M, 9)]
    public void LayoutsMapFoliosOfTheirOrder(string layout, int order)
    {
        using var s = Build(layout: layout);
        var pm = s.Machine.Physical;
        long pfn = s.Machine.MappedFrame(s.Parent, s.Address);
        Assert.Equal(order, pm.FolioOrder(pm.FolioHead(pfn)));
        Assert.Equal(Pages, s.Parent.RssAnon);
        Assert.Equal(layout == ModelAxes.Thp, ForkBench.Scenarios.FolioSize.Parse(layout).PmdMapped);
    }

    [Fact]
    public void AFilePrivateMappingHoldsFilePagesAndOneAnonCopy()
    {
        using var s = Build(mapping: ModelAxes.FilePrivate);
        Assert.Equal(1, s.Parent.RssAnon);
        Assert.Equal(Pages - 1, s.Parent.RssFile);
        Assert.True(s.Parent.VmaList[0].HasAnonVma);
    }

    [Fact]
    public void ASharedAnonMappingIsNotCopiedAtFork()
    {
        using var s = Build(mapping: ModelAxes.SharedAnon);
        s.Fork();
        Assert.Equal(0, s.Child.RssAnon + s.Child.RssFile);
        Assert.Equal(ForkOutcome.Success, s.LastOutcome);
    }

    [Theory]
    [InlineData(ModelAxes.NoPins, false, PageDataMode.StampOnly)]
    [InlineData(ModelAxes.Unpinned, false, PageDataMode.StampOnly)]
    [InlineData(ModelAxes.Every64th, false, PageDataMode.Full)]
    [InlineData(ModelAxes.AllPinned, false, PageDataMode.Full)]
    [InlineData(ModelAxes.Refs64th, false, PageDataMode.Full)]
    [InlineData(ModelAxes.NoPins, true, PageDataMode.Full)]
    public void PageCopiesCostAMemcpyWhereverPagesGetCopied(string pins, bool parentWrites, PageDataMode expected)
    {
        var spec = new ForkScenario { Process = ModelAxes.Process(pins: pins), ParentWritesAfterFork = parentWrites };
        Assert.Equal(expected, spec.DataMode);
        Assert.Equal(expected, spec.MachineOptions.DataMode);
    }

    [Fact]
    public void TheMachineHasRoomForAChildThatCopiesEveryPage()
    {
        var spec = new ForkScenario { Process = new() { SizeBytes = 1L << 30, Pins = PinShare.All } };
        Assert.True(spec.MemoryBytes >= 2 * spec.Process.SizeBytes);
        Assert.True(new ForkScenario { Process = new() { SizeBytes = 1L << 30 }, ParentWritesAfterFork = true }.MemoryBytes >= 2L << 30);
        using var s = Build(ModelAxes.AllPinned, variant: "merged-5.10");
        s.Fork();
        Assert.Equal(ForkOutcome.Success, s.LastOutcome);
        Assert.Equal(Pages, s.Child.RssAnon);
    }

    [Fact]
    public void UnknownAxisValuesAreRejected()
    {
        Assert.Throws<ArgumentException>(() => CopyVariant.ById("v9.99"));
        Assert.Throws<ArgumentException>(() => ModelAxes.Process(pins: "some"));
        Assert.Throws<ArgumentException>(() => ModelAxes.Process(layout: "1g"));
        Assert.Throws<ArgumentException>(() => ModelAxes.Process(mapping: "file-shared"));
        Assert.Throws<ArgumentException>(() => PlacementParam.Parse("random"));
    }
}
