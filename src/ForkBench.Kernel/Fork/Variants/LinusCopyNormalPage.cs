using ForkBench.Kernel.Counting;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// Linus's alternative (2020-09-25, copy_normal_page()): no per-mm gate.
/// Preconditions in his order, the first failure meaning "share as usual":
/// maybe pinned (an atomic read of the refcount, for every page), COW
/// mapping, mapcount == 1 (a second atomic read), anon_vma present and the
/// parent's entry dirty. The posted patch changed the PTE path only, so a
/// PMD-mapped THP is shared as in v5.8.
/// </summary>
public readonly struct LinusCopyNormalPage : ICopyVariant
{
    public static int CopyPresentPtes<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int maxNr)
        where TCounter : struct, IOperationCounter
    {
        long pfn = CopyPrimitives.VmNormalPage(pte);
        if (pfn < 0)
        {
            CopyPrimitives.CopyPteBits(ref ctx, index, pte, 1);
            return 1;
        }
        ctx.Counter.TouchStructPage(pfn);
        long head = ctx.Pm.FolioHead(pfn);
        if (ctx.Pm.FolioMaybeDmaPinned(head, ref ctx.Counter)
            && ctx.SrcVma.IsCowMapping
            && NormalPageCopy.MappedOnce(ref ctx, pfn)
            && ctx.SrcVma.HasAnonVma
            && Pte.IsDirty(pte))
        {
            return NormalPageCopy.CopyWithAtomicAllocation(ref ctx, index, pfn);
        }
        return NormalPageCopy.Share(ref ctx, index, pte, head, pfn);
    }

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.ShareUnchecked(ref ctx, pmdIndex);
}
