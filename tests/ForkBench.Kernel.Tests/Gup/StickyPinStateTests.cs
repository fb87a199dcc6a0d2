using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests.Gup;

/// <summary>
/// The "has this mm ever pinned" state: sticky in every kernel (it survives
/// the last unpin), never inherited by a child; the exact-count proposal
/// returns to zero, so an mm whose pins are gone pays nothing at fork.
/// </summary>
public class StickyPinStateTests
{
    [Fact]
    public void StickyStateSurvivesUnpinAndIsNotInherited()
    {
        using var p = new TestProcess(CopyVariant.MmfHasPinned5_14, Layout.Small4K);
        p.Machine.Unpin(p.Machine.Pin(p.Parent, p.Address(0), 4));

        Assert.True(p.Parent.HasPinnedSticky);
        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));
        Assert.False(p.Child.HasPinnedSticky);
        Assert.True(p.Parent.HasPinnedSticky);
    }

    [Theory]
    [InlineData("merged-5.10", 1024)]
    [InlineData("mmf-5.14", 1024)]
    [InlineData("anon-exclusive-5.19", 1024)]
    [InlineData("pte-batch-6.9", 1024)]
    [InlineData("proposal-exact-pincount", 0)]
    public void PinThenUnpinCostsOneAtomicReadPerPageExceptWithTheExactCount(string variantId, long expectedAtomicReads)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        // 1024 small pages, pinned and unpinned again: nothing is pinned at fork.
        using var p = new TestProcess(variant, Layout.Small4K);
        p.Machine.Unpin(p.Machine.Pin(p.Parent, p.Address(0), 4));
        var counts = new OperationCounts(p.Machine.Physical.FrameCount);

        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child, counts));

        Assert.Equal(expectedAtomicReads, counts.AtomicReads);
        Assert.Equal(0, counts.PagesCopied);
    }

    [Fact]
    public void ExactPinCountReturnsToZero()
    {
        using var p = new TestProcess(CopyVariant.ProposalExactPinCount, Layout.Small4K);
        var first = p.Machine.Pin(p.Parent, p.Address(0), 4);
        var second = p.Machine.Pin(p.Parent, p.Address(8), 2);
        Assert.Equal(6, p.Parent.PinnedPages);
        p.Machine.Unpin(first);
        Assert.Equal(2, p.Parent.PinnedPages);
        p.Machine.Unpin(second);
        Assert.Equal(0, p.Parent.PinnedPages);
        Assert.True(p.Parent.HasPinnedSticky); // the kernel's bit stays; only the proposal's count is exact
    }
}
