using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// The copy half of Linus's copy_normal_page() proposal, shared by its two
/// orderings: inside the page-table locks, an atomic allocation and an
/// atomic memcg charge; either failing fails the whole fork with -ENOMEM.
/// </summary>
public static class NormalPageCopy
{
    public static int CopyWithAtomicAllocation<TCounter>(ref CopyContext<TCounter> ctx, int index, long srcPfn)
        where TCounter : struct, IOperationCounter
    {
        if (!ctx.Pm.TryAllocateFolio(0, AllocationKind.Atomic, charge: true, ref ctx.Counter, out long page))
            return CopyStatus.NoMemory;
        CopyPrimitives.InstallCopiedPage(ref ctx, index, srcPfn, page);
        return 1;
    }

    /// <summary>page_mapcount(page) == 1, read atomically.</summary>
    public static bool MappedOnce<TCounter>(ref CopyContext<TCounter> ctx, long pfn)
        where TCounter : struct, IOperationCounter
    {
        ctx.Counter.AtomicRead();
        return System.Threading.Volatile.Read(ref ctx.Pm.Memmap[pfn].MapcountBiased) == 0;
    }

    /// <summary>The share path both orderings fall back to.</summary>
    public static int Share<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, long head, long pfn)
        where TCounter : struct, IOperationCounter
    {
        CopyPrimitives.ShareSmall(ref ctx, head, pfn);
        CopyPrimitives.CopyPteBits(ref ctx, index, pte, 1);
        return 1;
    }
}
