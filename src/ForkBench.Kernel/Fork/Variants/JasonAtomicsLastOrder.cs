using ForkBench.Kernel.Counting;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// Jason Gunthorpe's reordering of Linus's preconditions (reply of
/// 2020-09-25): the cheap non-atomic tests first (COW mapping, anon_vma,
/// parent entry dirty), the atomic reads (refcount, mapcount) last, so a
/// page that fails a cheap test costs no atomic read at all. The same reply
/// asks to keep at least the PMD hunk of Peter's THP patches: the variant
/// splits a pinned PMD THP (<see cref="SplitPinnedHugePmd{TGate}"/>).
/// </summary>
public readonly struct JasonAtomicsLastOrder : IPreconditionOrder
{
    public static bool MustCopy<TCounter>(ref CopyContext<TCounter> ctx, ulong pte, long pfn, long head)
        where TCounter : struct, IOperationCounter =>
        ctx.SrcVma.IsCowMapping
        && ctx.SrcVma.HasAnonVma
        && Pte.IsDirty(pte)
        && ctx.Pm.FolioMaybeDmaPinned(head, ref ctx.Counter)
        && NormalPageCopy.MappedOnce(ref ctx, pfn);
}
