using ForkBench.Kernel.Counting;
using System.Threading;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// Linus's copy_normal_page() proposal, in either precondition order. As in
/// copy_one_pte(), a writable COW entry is first write-protected in the
/// parent (a locked RMW), then the preconditions run. A page that must be
/// copied is copied inside the page-table locks with an atomic allocation
/// and an atomic memcg charge, either failing the whole fork with -ENOMEM;
/// the child maps the copy read-only and clean (mk_pte() with the VMA's
/// protection) and the parent's entry is made writable again (a plain
/// store). Anything else is shared as in v5.8. The posted patch changed the
/// PTE path only; <typeparamref name="THuge"/> says what a PMD-mapped THP
/// gets (shared as in v5.8, or split when pinned as Jason asked).
/// </summary>
public readonly struct NormalPageCopy<TOrder, THuge> : ICopyVariant
    where TOrder : struct, IPreconditionOrder
    where THuge : struct, IHugePmdPolicy
{
    public static bool ChecksPinsOnPmdPath => THuge.ChecksPins;

    public static bool BatchesLargeFolios => false;

    public static int CopyPresentPtes<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int maxNr)
        where TCounter : struct, IOperationCounter
    {
        bool wrprotected = ctx.SrcVma.IsCowMapping && Pte.IsWrite(pte);
        if (wrprotected)
        {
            Interlocked.And(ref ctx.SrcPtes[index], ~Pte.Write); // ptep_set_wrprotect()
            ctx.Counter.LockedRmw();
        }
        long pfn = CopyPrimitives.VmNormalPage(pte);
        if (pfn >= 0)
        {
            ctx.Counter.TouchStructPage(pfn);
            long head = ctx.Pm.FolioHead(pfn);
            if (TOrder.MustCopy(ref ctx, pte, pfn, head))
                return CopyWithAtomicAllocation(ref ctx, index, pte, pfn, wrprotected);
            CopyPrimitives.ShareSmall(ref ctx, head, pfn);
        }
        CopyPrimitives.CopyPteBits(ref ctx, index, wrprotected ? Pte.Wrprotect(pte) : pte, 1);
        return 1;
    }

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        THuge.CopyHugePmd(ref ctx, pmdIndex);

    /// <summary>copy_normal_page(): GFP_ATOMIC page and charge, copy, child read-only and clean, parent writable again.</summary>
    private static int CopyWithAtomicAllocation<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, long srcPfn, bool wrprotected)
        where TCounter : struct, IOperationCounter
    {
        if (!ctx.Pm.TryAllocateFolio(0, AllocationKind.Atomic, charge: true, ref ctx.Counter, out long page))
            return CopyStatus.NoMemory; // the parent's entry stays write-protected, as a failed fork leaves it
        ctx.Pm.Contents.CopyPage(srcPfn, page);
        ctx.Counter.PageCopied();
        Rmap.Rmap.FolioAddNewAnonRmap(ctx.Pm, page, order: 0, pmdMapped: false, exclusive: ctx.AnonExclusiveEra);
        ctx.Counter.TouchStructPage(page);
        ctx.DstPtes[index] = Pte.Make(page, Pte.Young);
        ctx.RssAnon++;
        if (wrprotected)
        {
            ctx.SrcPtes[index] = pte;
            ctx.Counter.PteWrite(1);
        }
        ctx.Counter.PteWrite(1);
        return 1;
    }
}

/// <summary>Helpers of the precondition orders.</summary>
public static class NormalPageCopy
{
    /// <summary>page_mapcount(page) == 1, read atomically.</summary>
    public static bool MappedOnce<TCounter>(ref CopyContext<TCounter> ctx, long pfn)
        where TCounter : struct, IOperationCounter
    {
        ctx.Counter.AtomicRead();
        return System.Threading.Volatile.Read(ref ctx.Pm.Memmap[pfn].MapcountBiased) == 0;
    }
}
