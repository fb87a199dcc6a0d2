using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork;

/// <summary>
/// copy_page_range() -> copy_pmd_range() -> copy_pte_range() (mm/memory.c):
/// the walk every variant shares. Per PTE table both locks are taken, the
/// variant copies entries, and an -EAGAIN drops the locks, preallocates one
/// page with a sleeping allocation and resumes at the same entry.
/// </summary>
public static class CopyPageRange
{
    public static int Copy<TVariant, TCounter>(ref CopyContext<TCounter> ctx)
        where TVariant : struct, ICopyVariant
        where TCounter : struct, IOperationCounter
    {
        return CopyPmdRange<TVariant, TCounter>(ref ctx);
    }

    /// <summary>
    /// add_mm_rss_vec(): the rss one pass of copy_pte_range() gave the child.
    /// Before 6.2 each non-zero counter is an atomic_long_add (a locked RMW);
    /// from 6.2 the counters are per-cpu and the add is not counted.
    /// </summary>
    private static void AddRssToChild<TCounter>(ref CopyContext<TCounter> ctx)
        where TCounter : struct, IOperationCounter
    {
        if (!ctx.PerCpuRss)
        {
            if (ctx.RssAnon != 0)
                ctx.Counter.LockedRmw();
            if (ctx.RssFile != 0)
                ctx.Counter.LockedRmw();
        }
        ctx.Dst.RssAnon += ctx.RssAnon;
        ctx.Dst.RssFile += ctx.RssFile;
        ctx.RssAnon = ctx.RssFile = 0;
    }

    private static int CopyPmdRange<TVariant, TCounter>(ref CopyContext<TCounter> ctx)
        where TVariant : struct, ICopyVariant
        where TCounter : struct, IOperationCounter
    {
        ref Vma vma = ref ctx.SrcVma;
        int first = MmStruct.PmdIndex(vma.Start);
        int last = MmStruct.PmdIndex(vma.End - 1);
        for (int p = first; p <= last; p++)
        {
            ulong pmd = ctx.Src.Pmds[p];
            ctx.Counter.PteRead(1);
            if (Pmd.IsNone(pmd))
                continue;
            if (Pmd.IsHuge(pmd))
            {
                int status = TVariant.CopyHugePmd(ref ctx, p);
                if (status == CopyStatus.NoMemory)
                    return status;
                if (status == CopyStatus.Ok)
                    continue;
                pmd = ctx.Src.Pmds[p]; // split: fall through to the PTE path
            }
            int dstTable = ctx.Pool.Allocate();
            ctx.Counter.PageTableAllocation();
            if (dstTable < 0)
                return CopyStatus.NoMemory;
            ctx.Dst.Pmds[p] = Pmd.MakeTable(dstTable);
            int result = CopyPteRange<TVariant, TCounter>(ref ctx, Pmd.TableIndex(pmd), dstTable);
            if (result < 0)
                return result;
        }
        return CopyStatus.Ok;
    }

    private static int CopyPteRange<TVariant, TCounter>(ref CopyContext<TCounter> ctx, int srcTable, int dstTable)
        where TVariant : struct, ICopyVariant
        where TCounter : struct, IOperationCounter
    {
        // The loop below reads the parent's entries through a local copy of
        // the span: its length is the constant the pool built it with, so the
        // JIT drops the bounds check, and it stays in registers where
        // ctx.SrcPtes is reloaded after every locked RMW of the entry's copy.
        Span<ulong> srcPtes = ctx.SrcPtes = ctx.Pool.Table(srcTable);
        ctx.DstPtes = ctx.Pool.Table(dstTable);
        int index = 0;
        int status;
        long brokenCowPage = -1;
        while (true)
        {
            ctx.Pool.Lock(dstTable);
            ctx.Pool.Lock(srcTable);
            ctx.Counter.LockedRmw();
            ctx.Counter.LockedRmw();
            if (brokenCowPage >= 0)
            {
                InstallBrokenCow(ref ctx, index, brokenCowPage);
                brokenCowPage = -1;
                index++;
            }
            status = CopyStatus.Ok;
            while (index < Geometry.PtesPerTable)
            {
                ulong pte = srcPtes[index];
                ctx.Counter.PteRead(1);
                if (Pte.IsNone(pte))
                {
                    index++;
                    continue;
                }
                int copied = TVariant.CopyPresentPtes(ref ctx, index, pte, Geometry.PtesPerTable - index);
                if (copied < 0)
                {
                    status = copied;
                    break;
                }
                if (ctx.Prealloc >= 0)
                    FreeUnusedPrealloc(ref ctx);
                index += copied;
            }
            AddRssToChild(ref ctx);
            ctx.Pool.Unlock(srcTable);
            ctx.Pool.Unlock(dstTable);
            if (status == CopyStatus.Again)
            {
                ctx.Counter.LockCycle();
                if (!TryPreallocate(ref ctx))
                {
                    status = CopyStatus.NoMemory;
                    break;
                }
                continue;
            }
            if (status == CopyStatus.BreakCow)
            {
                ctx.Counter.LockCycle();
                if (!TryCopyOutsideLocks(ref ctx, index, out brokenCowPage))
                {
                    status = CopyStatus.NoMemory;
                    break;
                }
                continue;
            }
            break;
        }
        if (ctx.Prealloc >= 0)
            FreeUnusedPrealloc(ref ctx); // the exit path of copy_pte_range(), for a page still held there
        return status;
    }

    /// <summary>
    /// copy_pte_range(): a preallocated page the entry just copied did not use
    /// is freed at once, not kept for a later entry (its allocation followed
    /// the mempolicy of this address).
    /// </summary>
    private static void FreeUnusedPrealloc<TCounter>(ref CopyContext<TCounter> ctx)
        where TCounter : struct, IOperationCounter
    {
        ctx.Pm.FolioPut(ctx.Prealloc, ref ctx.Counter);
        ctx.Prealloc = -1;
    }

    /// <summary>page_copy_prealloc(): GFP_HIGHUSER_MOVABLE, may sleep, charged to the memcg.</summary>
    private static bool TryPreallocate<TCounter>(ref CopyContext<TCounter> ctx)
        where TCounter : struct, IOperationCounter
    {
        if (ctx.Prealloc >= 0)
            return true;
        if (!ctx.Pm.TryAllocateFolio(0, AllocationKind.Sleeping, charge: true, ref ctx.Counter, out long page))
            return false;
        ctx.Prealloc = page;
        return true;
    }

    /// <summary>
    /// Peter Xu v1's break-COW, first half: with the locks dropped, allocate
    /// (may sleep) and copy. The reference the variant took keeps the source
    /// page alive meanwhile; on failure it is dropped and the fork fails.
    /// </summary>
    private static bool TryCopyOutsideLocks<TCounter>(ref CopyContext<TCounter> ctx, int index, out long page)
        where TCounter : struct, IOperationCounter
    {
        long srcPfn = Pte.Pfn(ctx.SrcPtes[index]);
        if (ctx.Pm.TryAllocateFolio(0, AllocationKind.Sleeping, charge: true, ref ctx.Counter, out page))
        {
            ctx.Pm.Contents.CopyPage(srcPfn, page);
            ctx.Counter.PageCopied();
            return true;
        }
        ctx.Pm.FolioPut(ctx.Pm.FolioHead(srcPfn), ref ctx.Counter);
        return false;
    }

    /// <summary>
    /// Second half, under the relocked tables: the parent's entry is checked
    /// unchanged (in the single-threaded model it always is), the copy goes
    /// into the child, and the reference taken before the break is dropped.
    /// </summary>
    private static void InstallBrokenCow<TCounter>(ref CopyContext<TCounter> ctx, int index, long page)
        where TCounter : struct, IOperationCounter
    {
        long srcPfn = Pte.Pfn(ctx.SrcPtes[index]);
        ctx.Counter.PteRead(1);
        CopyPrimitives.MapNewAnonPage(ref ctx, index, page);
        ctx.Pm.FolioPut(ctx.Pm.FolioHead(srcPfn), ref ctx.Counter);
    }
}
