using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests.Counting;

/// <summary>
/// Operation counts of one fork of a single 2 MiB PTE table (512 entries),
/// each derived by hand in the comment above it from the code path.
/// </summary>
public class ExactCountTests
{
    private static OperationCounts ForkOneTable(CopyVariant variant, Layout layout, bool pinAll)
    {
        using var p = new TestProcess(variant, layout, bytes: 2L << 20);
        if (pinAll)
            p.Machine.Pin(p.Parent, p.Start, 512);
        var counts = new OperationCounts(p.Machine.Physical.FrameCount);
        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child, counts));
        p.AssertInvariants();
        return counts;
    }

    [Fact]
    public void V58UnpinnedSmallPages()
    {
        // 512 x (get_page + mapcount inc + parent write-protect) + 2 lock
        // RMWs + 1 add_mm_rss_vec (the anon counter, a locked add before 6.2).
        var c = ForkOneTable(CopyVariant.V5_8, Layout.Small4K, pinAll: false);
        Assert.Equal(3 * 512 + 2 + 1, c.LockedRmws);
        Assert.Equal(0, c.AtomicReads);
        Assert.Equal(512, c.StructPageLines);
        Assert.Equal(1 + 512, c.PteReads); // the PMD, then every PTE once
        Assert.Equal(0, c.PteBatchCompares); // no batching before 6.9
        Assert.Equal(512, c.PteWrites);
        Assert.Equal(1, c.PageTableAllocations);
        Assert.Equal(0, c.PagesCopied);
    }

    [Fact]
    public void Merged510NeverPinnedCostsWhatV58Costs()
    {
        var c = ForkOneTable(CopyVariant.Merged5_10, Layout.Small4K, pinAll: false);
        Assert.Equal(3 * 512 + 2 + 1, c.LockedRmws);
        Assert.Equal(0, c.AtomicReads); // the has_pinned gate stops before any struct page read
    }

    [Theory]
    [InlineData("linus-copy-normal-page")]
    [InlineData("jgg-atomics-last")]
    public void NoGateReadsEveryRefcountOnce(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        // Dirty anon pages pass every cheap test, so "atomics last" still does
        // the refcount read per page; it saves only on clean or shared entries.
        var c = ForkOneTable(variant, Layout.Small4K, pinAll: false);
        Assert.Equal(512, c.AtomicReads);
        Assert.Equal(3 * 512 + 2 + 1, c.LockedRmws); // + add_mm_rss_vec before 6.2
    }

    [Fact]
    public void Merged510AllPinnedSmallPages()
    {
        // Each page: -EAGAIN, unlock, preallocate, relock, check again, copy.
        // 513 lock passes (2 RMWs each), 2 refcount reads per page; every pass
        // after the first copied a page, so 512 of them end with a locked
        // add_mm_rss_vec (before 6.2; the first pass copied nothing).
        var c = ForkOneTable(CopyVariant.Merged5_10, Layout.Small4K, pinAll: true);
        Assert.Equal(2 * 513 + 512, c.LockedRmws);
        Assert.Equal(2 * 512, c.AtomicReads);
        Assert.Equal(512, c.PagesCopied);
        Assert.Equal(512, c.LockCycles);
        Assert.Equal(512, c.SleepingAllocations);
        Assert.Equal(512, c.MemcgCharges);
        Assert.Equal(1 + 2 * 512, c.PteReads);
        Assert.Equal(512, c.PteWrites);
        Assert.Equal(2 * 512, c.StructPageLines); // each source page and each new page
    }

    [Theory]
    [InlineData("linus-copy-normal-page")]
    [InlineData("jgg-atomics-last")]
    public void LinusAllPinnedSmallPagesCopyInsideTheLocks(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        // One pass: refcount read + mapcount read, atomic allocation, copy.
        // Locked RMWs, 514 = 2 + 512: the two PTE locks of the single pass,
        // and per page the parent's ptep_set_wrprotect(), which copy_one_pte()
        // does before the checks ("we have already marked it read-only in the
        // parent"). Making the parent writable again after the copy is a plain
        // store (set_pte_at), so it adds a PTE write, not a locked RMW; the new
        // page's refcount and mapcount are set, not incremented. That is the
        // issue's 514. The kernel of that time also ends the pass with
        // add_mm_rss_vec(), a locked atomic_long_add of the non-zero anon
        // counter (per-cpu counters came in 6.2): 515 = 2 + 512 + 1.
        var c = ForkOneTable(variant, Layout.Small4K, pinAll: true);
        Assert.Equal(2 + 512 + 1, c.LockedRmws);
        Assert.Equal(512 + 512, c.PteWrites); // each child entry, each parent entry made writable again
        Assert.Equal(2 * 512, c.AtomicReads);
        Assert.Equal(512, c.AtomicAllocations);
        Assert.Equal(0, c.SleepingAllocations);
        Assert.Equal(0, c.LockCycles);
        Assert.Equal(512, c.PagesCopied);
    }

    [Theory]
    [InlineData("pte-batch-6.9")]
    [InlineData("pte-batch-6.15")]
    public void PteBatchingRescansThePinnedFolioQuadratically(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        // One pinned 2 MiB folio mapped by 512 PTEs. At entry k (k < 511) a
        // batch scans the 511 - k entries after it, fails, and -EAGAIN; the
        // retried entry is copied singly. Entry 511 has no room to batch.
        // Loop reads: every entry twice; batch reads: 511 + 510 + ... + 1.
        // 6.15 does the same (its changes are in the rmap and the faults).
        var c = ForkOneTable(variant, Layout.Folio2MPte, pinAll: true);
        Assert.Equal(1 + 2 * 512 + 511 * 512 / 2, c.PteReads);
        Assert.Equal(511 * 512 / 2, c.PteBatchCompares); // the batch reads alone
        Assert.Equal(511, c.BatchAttempts);
        Assert.Equal(511, c.BatchFailures);
        Assert.Equal(512, c.LockCycles);
        Assert.Equal(512, c.PagesCopied);
    }

    [Fact]
    public void NoRetryProposalScansThePinnedFolioOnce()
    {
        var c = ForkOneTable(CopyVariant.ProposalBatchNoRetry, Layout.Folio2MPte, pinAll: true);
        Assert.Equal(1 + 2 * 512 + 511, c.PteReads);
        Assert.Equal(511, c.PteBatchCompares);
        Assert.Equal(1, c.BatchAttempts);
        Assert.Equal(512, c.PagesCopied);
    }

    [Fact]
    public void PteBatchingSharesAnUnpinnedFolioInOneBatch()
    {
        // One batch of 512: one ref add, 512 PG_anon_exclusive clears (an
        // atomic clear_bit each, on the first fork after the pages were
        // faulted in), 512 mapcount incs (6.9 has no _large_mapcount yet),
        // 512 write-protects, 2 lock RMWs; no struct page atomic reads
        // because the mm never pinned.
        var c = ForkOneTable(CopyVariant.PteBatching6_9, Layout.Folio2MPte, pinAll: false);
        Assert.Equal(1, c.BatchAttempts);
        Assert.Equal(0, c.BatchFailures);
        Assert.Equal(1 + 512 + 512 + 512 + 2, c.LockedRmws);
        Assert.Equal(0, c.AtomicReads);
        Assert.Equal(1 + 512, c.PteReads);
    }

    [Fact]
    public void PteBatching615AddsOneLargeMapcountAddPerBatch()
    {
        // As 6.9's single batch of 512, plus the folio's _large_mapcount
        // (6.11+): one ref add, 512 exclusive clears, 512 mapcount incs, one
        // large-mapcount add, 512 write-protects, 2 lock RMWs.
        var c = ForkOneTable(CopyVariant.PteBatching6_15, Layout.Folio2MPte, pinAll: false);
        Assert.Equal(1, c.BatchAttempts);
        Assert.Equal(1 + 512 + 512 + 1 + 512 + 2, c.LockedRmws);
        Assert.Equal(1 + 512, c.PteReads);
    }

    [Fact]
    public void AnUnusedPreallocatedPageIsFreedAfterTheNextCopiedEntry()
    {
        // A 64 KiB folio whose page 3 alone is exclusive and pinned: fork,
        // the child exits, the parent's write reuses the folio (6.15) and
        // makes page 3 exclusive, then page 3 is pinned. At the next fork
        // entries 0, 1 and 2 each fail a batch (page 3 is in the run), get a
        // preallocated page, and are then shared singly (not exclusive): the
        // page is unused and copy_pte_range() frees it right away, so the
        // next entry batches again. Entry 3 fails, preallocates and copies;
        // entries 4..15 share in one batch. 4 allocations and 4 failed
        // batches (keeping the page to the end of the table gave 1 and 1).
        using var p = new TestProcess(CopyVariant.PteBatching6_15, Layout.Folio64K);
        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));
        p.Machine.Exit(p.Child);
        long frame = p.Machine.Write(p.Parent, p.Address(3), 7);
        Assert.True(p.Machine.Physical.IsAnonExclusive(frame) && !p.Machine.Physical.IsAnonExclusive(frame - 1));
        p.Machine.Pin(p.Parent, p.Address(3), 1);
        long freeBefore = p.Machine.Physical.Allocator.FreeFrames;
        var c = new OperationCounts(p.Machine.Physical.FrameCount);

        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child, c));

        Assert.Equal(4, c.SleepingAllocations);
        Assert.Equal(4, c.BatchFailures);
        Assert.Equal(4, c.LockCycles);
        Assert.Equal(1, c.PagesCopied);
        Assert.Equal(freeBefore - 1, p.Machine.Physical.Allocator.FreeFrames); // only the copy stays allocated
        p.AssertInvariants();
    }

    [Fact]
    public void AnonExclusiveSplitSetsEverySubpageExclusiveWithALockedBitOp()
    {
        // 5.19, one pinned, exclusive PMD THP. copy_huge_pmd: folio_get, the
        // try-dup refuses, folio_put (2). __split_huge_pmd: 512 _mapcount incs,
        // 512 SetPageAnonExclusive (a locked bit op each), the entire mapcount
        // dec and the ref add (no _large_mapcount before 6.11): 1026. Then the
        // PTE path as for small pinned pages: 513 passes x 2 lock RMWs, per
        // page two get/put pairs (the refused try, then the retry that copies):
        // 4 x 512, and 512 passes end with a locked add_mm_rss_vec.
        var c = ForkOneTable(CopyVariant.AnonExclusive5_19, Layout.ThpPmd, pinAll: true);
        Assert.Equal(1, c.PmdSplits);
        Assert.Equal(2 + 1026 + 2 * 513 + 4 * 512 + 512, c.LockedRmws);
    }

    [Fact]
    public void PinnedThpIsSplitThenCopiedEntryByEntry()
    {
        var c = ForkOneTable(CopyVariant.Merged5_10, Layout.ThpPmd, pinAll: true);
        Assert.Equal(1, c.PmdSplits);
        Assert.Equal(512, c.PagesCopied);
        Assert.Equal(512, c.LockCycles);
    }

    [Theory]
    [InlineData("linus-copy-normal-page", 0)]
    [InlineData("jgg-atomics-last", 1)]
    public void OnlyJasonSplitsAPinnedThp(string variantId, int splits)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        // Linus shares the PMD as v5.8 does; Jason splits it, and every
        // subpage (pinned folio, mapped once, dirty) is copied inside the
        // locks with an atomic allocation: no lock cycle.
        var c = ForkOneTable(variant, Layout.ThpPmd, pinAll: true);
        Assert.Equal(splits, c.PmdSplits);
        Assert.Equal(512 * splits, c.PagesCopied);
        Assert.Equal(512 * splits, c.AtomicAllocations);
        Assert.Equal(0, c.LockCycles);
    }

    [Fact]
    public void UnpinnedThpIsSharedByOnePmd()
    {
        // v5.8 copy_huge_pmd(): get_page + page_dup_rmap (the entire mapcount;
        // no _large_mapcount before 6.11) + pmdp_set_wrprotect; one deposit table.
        var c = ForkOneTable(CopyVariant.V5_8, Layout.ThpPmd, pinAll: false);
        Assert.Equal(3, c.LockedRmws);
        Assert.Equal(1, c.PageTableAllocations);
        Assert.Equal(1, c.PteReads);
        Assert.Equal(0, c.PagesCopied);
    }
}
