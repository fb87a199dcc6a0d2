using ForkBench.Kernel.Counting;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// Jason Gunthorpe's reordering of Linus's preconditions (reply of
/// 2020-09-25): the cheap non-atomic tests first (COW mapping, anon_vma,
/// parent entry dirty), the atomic reads (refcount, mapcount) last, so a
/// page that fails a cheap test costs no atomic read at all.
/// </summary>
public readonly struct JasonAtomicsLastCopy : ICopyVariant
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
        if (ctx.SrcVma.IsCowMapping
            && ctx.SrcVma.HasAnonVma
            && Pte.IsDirty(pte)
            && ctx.Pm.FolioMaybeDmaPinned(head, ref ctx.Counter)
            && NormalPageCopy.MappedOnce(ref ctx, pfn))
        {
            return NormalPageCopy.CopyWithAtomicAllocation(ref ctx, index, pfn);
        }
        return NormalPageCopy.Share(ref ctx, index, pte, head, pfn);
    }

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.ShareUnchecked(ref ctx, pmdIndex);
}
