using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests.Gup;

/// <summary>
/// Small pages with 1024 ordinary references and no pin read as "maybe
/// pinned". Which variants copy them depends on their gate (has the mm ever
/// pinned?) and their guards (mapcount == 1, anon-exclusive).
/// </summary>
public class FalsePositiveTests
{
    private const int FalsePositivePages = 16;
    private const int PinnedPages = 4;

    public enum Setup
    {
        /// <summary>The mm never pinned anything.</summary>
        NeverPinned,

        /// <summary>The mm holds pins on 4 other pages: every gate is open.</summary>
        PinnedElsewhere,

        /// <summary>As above, and the referenced pages are already shared with an earlier, living child.</summary>
        PinnedElsewhereAndShared,
    }

    [Theory]
    // v5.8 copies nothing, ever.
    [InlineData("v5.8", Setup.NeverPinned, 0)]
    [InlineData("v5.8", Setup.PinnedElsewhere, 0)]
    [InlineData("v5.8", Setup.PinnedElsewhereAndShared, 0)]
    // Gated variants: nothing without a pin; with one, every maybe-pinned page.
    [InlineData("peterx-v1", Setup.NeverPinned, 0)]
    [InlineData("peterx-v1", Setup.PinnedElsewhere, PinnedPages + FalsePositivePages)]
    [InlineData("merged-5.10", Setup.NeverPinned, 0)]
    [InlineData("merged-5.10", Setup.PinnedElsewhere, PinnedPages + FalsePositivePages)]
    [InlineData("mmf-5.14", Setup.PinnedElsewhere, PinnedPages + FalsePositivePages)]
    // No gate: Linus and Jason copy false positives even in an mm that never pinned...
    [InlineData("linus-copy-normal-page", Setup.NeverPinned, FalsePositivePages)]
    [InlineData("jgg-atomics-last", Setup.NeverPinned, FalsePositivePages)]
    [InlineData("linus-copy-normal-page", Setup.PinnedElsewhere, PinnedPages + FalsePositivePages)]
    // ...but their mapcount == 1 guard spares pages already shared with a child.
    [InlineData("linus-copy-normal-page", Setup.PinnedElsewhereAndShared, PinnedPages)]
    [InlineData("jgg-atomics-last", Setup.PinnedElsewhereAndShared, PinnedPages)]
    // Peter's v1 only breaks COW on writable entries; shared pages are write-protected.
    [InlineData("peterx-v1", Setup.PinnedElsewhereAndShared, PinnedPages)]
    // 5.10/5.14 have no such guard: shared false positives are copied again.
    [InlineData("merged-5.10", Setup.PinnedElsewhereAndShared, PinnedPages + FalsePositivePages)]
    [InlineData("mmf-5.14", Setup.PinnedElsewhereAndShared, PinnedPages + FalsePositivePages)]
    // Anon-exclusive: a page already shared is not exclusive, so never copied.
    [InlineData("anon-exclusive-5.19", Setup.NeverPinned, 0)]
    [InlineData("anon-exclusive-5.19", Setup.PinnedElsewhere, PinnedPages + FalsePositivePages)]
    [InlineData("anon-exclusive-5.19", Setup.PinnedElsewhereAndShared, PinnedPages)]
    [InlineData("pte-batch-6.9", Setup.PinnedElsewhereAndShared, PinnedPages)]
    [InlineData("proposal-exact-pincount", Setup.NeverPinned, 0)]
    [InlineData("proposal-exact-pincount", Setup.PinnedElsewhere, PinnedPages + FalsePositivePages)]
    public void PagesCopiedAtFork(string variantId, Setup setup, long expectedCopies)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var p = new TestProcess(variant, Layout.Small4K);
        var earlierChild = p.Machine.CreateProcess();
        if (setup == Setup.PinnedElsewhereAndShared)
            Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, earlierChild));
        if (setup != Setup.NeverPinned)
            p.Machine.Pin(p.Parent, p.Address(200), PinnedPages);
        p.Machine.TakeReferences(p.Parent, p.Address(0), FalsePositivePages, 1024);
        var counts = new OperationCounts(p.Machine.Physical.FrameCount);

        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child, counts));

        Assert.Equal(expectedCopies, counts.PagesCopied);
        p.AssertInvariants();
    }
}
