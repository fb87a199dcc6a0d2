using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// Linus's copy_normal_page() proposal, in either precondition order: a page
/// that must be copied is copied inside the page-table locks with an atomic
/// allocation and an atomic memcg charge, either failing the whole fork with
/// -ENOMEM; anything else is shared as in v5.8. The posted patch changed the
/// PTE path only, so a PMD-mapped THP is shared as in v5.8.
/// </summary>
public readonly struct NormalPageCopy<TOrder> : ICopyVariant where TOrder : struct, IPreconditionOrder
{
    public static int CopyPresentPtes<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int maxNr)
        where TCounter : struct, IOperationCounter
    {
        long pfn = CopyPrimitives.VmNormalPage(pte);
        if (pfn >= 0)
        {
            ctx.Counter.TouchStructPage(pfn);
            long head = ctx.Pm.FolioHead(pfn);
            if (TOrder.MustCopy(ref ctx, pte, pfn, head))
                return CopyWithAtomicAllocation(ref ctx, index, pfn);
            CopyPrimitives.ShareSmall(ref ctx, head, pfn);
        }
        CopyPrimitives.CopyPteBits(ref ctx, index, pte, 1);
        return 1;
    }

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.ShareUnchecked(ref ctx, pmdIndex);

    private static int CopyWithAtomicAllocation<TCounter>(ref CopyContext<TCounter> ctx, int index, long srcPfn)
        where TCounter : struct, IOperationCounter
    {
        if (!ctx.Pm.TryAllocateFolio(0, AllocationKind.Atomic, charge: true, ref ctx.Counter, out long page))
            return CopyStatus.NoMemory;
        CopyPrimitives.InstallCopiedPage(ref ctx, index, srcPfn, page);
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
