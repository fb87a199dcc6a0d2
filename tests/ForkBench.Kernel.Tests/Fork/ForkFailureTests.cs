using ForkBench.Kernel.Fork;
using Xunit.Abstractions;

namespace ForkBench.Kernel.Tests.Fork;

/// <summary>
/// When the copy of pinned pages cannot get memory: Linus's GFP_ATOMIC copy
/// inside the locks fails the whole fork once the atomic reserve is gone,
/// where the sleeping allocations of the other variants succeed. A failed
/// fork leaves the parent as it was and leaks nothing.
/// </summary>
public class ForkFailureTests(ITestOutputHelper output)
{
    private const int PinnedPages = 16;
    private const int AtomicReserve = 8;

    public static TheoryData<string> FixedVariants()
    {
        var data = new TheoryData<string>();
        foreach (var info in CopyVariant.All.Where(v => v.FixesPinnedCow))
            data.Add(info.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(FixedVariants))]
    public void AtomicReserveSmallerThanPinnedPagesFailsOnlyTheAtomicVariants(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var p = new TestProcess(variant, Layout.Small4K,
            options: new MachineOptions { MemoryBytes = 64L << 20, AtomicReserveFrames = AtomicReserve });
        var pin = p.Machine.Pin(p.Parent, p.Address(10), PinnedPages);
        var framesBefore = Enumerable.Range(0, (int)p.Pages).Select(i => p.Machine.MappedFrame(p.Parent, p.Address(i))).ToArray();
        ulong[] stampsBefore = p.ReadAll(p.Parent);
        long freeBefore = p.Machine.Physical.Allocator.FreeFrames;

        ForkOutcome outcome = p.Machine.Fork(p.Parent, p.Child);

        bool atomic = variant == CopyVariant.LinusCopyNormalPage || variant == CopyVariant.JasonAtomicsLast;
        output.WriteLine($"{variant}: reserve {AtomicReserve} frames, {PinnedPages} pinned pages -> {outcome}");
        Assert.Equal(atomic ? ForkOutcome.OutOfMemory : ForkOutcome.Success, outcome);
        if (outcome == ForkOutcome.OutOfMemory)
        {
            Assert.True(p.Child.IsEmpty);
            Assert.Equal(freeBefore, p.Machine.Physical.Allocator.FreeFrames);
        }
        Assert.Equal(framesBefore, Enumerable.Range(0, (int)p.Pages).Select(i => p.Machine.MappedFrame(p.Parent, p.Address(i))));
        Assert.Equal(stampsBefore, p.ReadAll(p.Parent));
        p.AssertInvariants();
        p.Machine.Unpin(pin);
    }

    [Theory]
    [MemberData(nameof(FixedVariants))]
    public void MemcgLimitReachedDuringTheCopyFailsTheForkCleanly(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        // The populated 1024 pages are charged; 4 more pages fit, 16 pinned pages need copies.
        using var p = new TestProcess(variant, Layout.Small4K,
            options: new MachineOptions { MemoryBytes = 64L << 20, MemcgLimitPages = 1024 + 4 });
        var pin = p.Machine.Pin(p.Parent, p.Address(10), PinnedPages);
        ulong[] stampsBefore = p.ReadAll(p.Parent);
        long chargedBefore = p.Machine.Physical.Memcg.ChargedPages;

        Assert.Equal(ForkOutcome.OutOfMemory, p.Machine.Fork(p.Parent, p.Child));

        Assert.True(p.Child.IsEmpty);
        Assert.Equal(chargedBefore, p.Machine.Physical.Memcg.ChargedPages);
        Assert.Equal(stampsBefore, p.ReadAll(p.Parent));
        p.AssertInvariants();
        p.Machine.Unpin(pin);
    }
}
