using ForkBench.Kernel.Fork;
using Xunit.Abstractions;

namespace ForkBench.Kernel.Tests.Oracle;

/// <summary>
/// The oracle every variant answers to: pin pages, fork, let the parent write
/// to each pinned page. The page the device DMAs to must still be the one the
/// parent maps, holding the parent's new data; the child must see what the
/// parent had at fork; every count must balance; the child's exit and the
/// parent's must return every frame.
/// </summary>
public class PinnedPageOracleTests(ITestOutputHelper output)
{
    private const long FirstPinnedPage = 100;
    private const int PinnedPages = 16;

    /// <summary>
    /// v5.8 has no pin check at all; Linus's patch changed the PTE path only,
    /// so a PMD-mapped THP stays shared under it. Jason's keeps the PMD hunk
    /// of Peter's patches: a pinned THP is split and copied.
    /// </summary>
    private static bool ExpectedToKeepPinnedPage(CopyVariant variant, Layout layout) =>
        variant.FixesPinnedCow
        && !(layout.MapWithPmd && !variant.ChecksPinsOnPmdPath);

    [Theory]
    [MemberData(nameof(Variants.AllWithLayouts), MemberType = typeof(Variants))]
    public void PinnedPageStaysWithParentAfterForkAndWrite(string variantId, string layoutName)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        var layout = Variants.LayoutNamed(layoutName);
        using var p = new TestProcess(variant, layout);
        var pin = p.Machine.Pin(p.Parent, p.Address(FirstPinnedPage), PinnedPages);
        ulong[] atFork = p.ReadAll(p.Parent);

        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));
        p.AssertInvariants();

        int stayed = 0;
        for (int i = 0; i < PinnedPages; i++)
        {
            long address = p.Address(FirstPinnedPage + i);
            ulong stamp = 0xD4A000UL + (ulong)i;
            p.Machine.Write(p.Parent, address, stamp);
            bool keeps = p.Machine.MappedFrame(p.Parent, address) == pin.Frames[i]
                && p.Machine.Physical.Contents.Stamp(pin.Frames[i]) == stamp;
            stayed += keeps ? 1 : 0;
        }
        p.AssertInvariants();

        bool expected = ExpectedToKeepPinnedPage(variant, layout);
        if (!expected)
            output.WriteLine($"{variant}/{layout}: the bug is reproduced: {PinnedPages - stayed} of {PinnedPages} pinned pages left the parent on its write");
        Assert.Equal(expected ? PinnedPages : 0, stayed);
        Assert.Equal(atFork, p.ReadAll(p.Child));

        p.Machine.Exit(p.Child);
        p.AssertInvariants();
        p.Machine.Unpin(pin);
        p.Machine.Exit(p.Parent);
        p.AssertInvariants();
        Assert.Equal(p.Machine.Physical.FrameCount, p.Machine.Physical.Allocator.FreeFrames);
    }

    [Theory]
    [MemberData(nameof(Variants.AllWithLayouts), MemberType = typeof(Variants))]
    public void ChildExitRestoresEveryStructPage(string variantId, string layoutName)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        var layout = Variants.LayoutNamed(layoutName);
        using var p = new TestProcess(variant, layout);
        var pin = p.Machine.Pin(p.Parent, p.Address(FirstPinnedPage), PinnedPages);
        if (layout.MapWithPmd && ExpectedToKeepPinnedPage(variant, layout))
        {
            // copy_huge_pmd() splits the parent's pinned THP for good: the
            // first fork changes the parent, so compare across a second one.
            Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));
            Assert.False(IsPmdMapped(p, p.Address(FirstPinnedPage)));
            p.Machine.Exit(p.Child);
            output.WriteLine($"{variant}: the pinned THP was split at the first fork; struct pages compared across the second");
        }
        var before = StructPageSnapshot.Take(p.Machine);
        long freeBefore = p.Machine.Physical.Allocator.FreeFrames;

        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));
        p.Machine.Exit(p.Child);

        Assert.Equal(freeBefore, p.Machine.Physical.Allocator.FreeFrames);
        Assert.Empty(StructPageSnapshot.Differences(before, StructPageSnapshot.Take(p.Machine)));
        p.AssertInvariants();
        p.Machine.Unpin(pin);
    }

    private static bool IsPmdMapped(TestProcess p, long address) =>
        ForkBench.Kernel.PageTables.Pmd.IsHuge(p.Parent.Pmds[(int)(address >> Geometry.PmdShift)]);
}
