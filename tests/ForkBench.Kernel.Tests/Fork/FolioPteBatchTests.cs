using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Tests.Fork;

/// <summary>
/// folio_pte_batch() at fork: on a private mapping a run of entries stops
/// where the dirty bit changes, and where soft-dirty changes when the VMA
/// tracks soft-dirty; each batch's child entries take that batch's bits.
/// </summary>
public class FolioPteBatchTests
{
    private const int Folios = 32; // 2 MiB of 64 KiB folios

    [Theory]
    [InlineData("pte-batch-6.9")]
    [InlineData("pte-batch-6.15")]
    [InlineData("proposal-batch-no-retry")]
    public void ACleanEntrySplitsItsFoliosBatch(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var p = new TestProcess(variant, Layout.Folio64K, bytes: 2L << 20);
        ParentEntries(p)[8] &= ~Pte.Dirty; // the folio's entries 0..7 and 9..15 stay dirty

        var c = Fork(p);

        // Folio 0 batches as [0..7], [8], [9..15]; the other 31 folios once each.
        Assert.Equal(Folios + 2, c.BatchAttempts);
        Assert.False(Pte.IsDirty(PageTableProbe.PteAt(p.Machine, p.Child, p.Address(8))));
        Assert.True(Pte.IsDirty(PageTableProbe.PteAt(p.Machine, p.Child, p.Address(9))));
        p.AssertInvariants();
    }

    [Theory]
    [InlineData(false, Folios)]
    [InlineData(true, Folios + 2)]
    public void SoftDirtySplitsABatchOnlyWhenTracked(bool tracking, int batches)
    {
        using var p = new TestProcess(CopyVariant.PteBatching6_9, Layout.Folio64K, bytes: 2L << 20);
        if (tracking)
            p.Machine.Advise(p.Parent, p.Start, VmaFlags.SoftDirtyTracking);
        ParentEntries(p)[8] &= ~Pte.SoftDirty; // entry 8 alone not written since tracking began

        Assert.Equal(batches, Fork(p).BatchAttempts);
        p.AssertInvariants();
    }

    private static Span<ulong> ParentEntries(TestProcess p) =>
        p.Machine.PageTables.Table(Pmd.TableIndex(p.Parent.Pmds[(int)(p.Start >> Geometry.PmdShift)]));

    private static OperationCounts Fork(TestProcess p)
    {
        var counts = new OperationCounts(p.Machine.Physical.FrameCount);
        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child, counts));
        return counts;
    }
}
