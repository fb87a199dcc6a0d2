using ForkBench.Kernel.Counting;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// Linus's alternative (2020-09-25, copy_normal_page()): no per-mm gate.
/// Preconditions in his order, the first failure meaning "share as usual":
/// maybe pinned (an atomic read of the refcount, for every page), COW
/// mapping, mapcount == 1 (a second atomic read), anon_vma present and the
/// parent's entry dirty.
/// </summary>
public readonly struct LinusOrder : IPreconditionOrder
{
    public static bool MustCopy<TCounter>(ref CopyContext<TCounter> ctx, ulong pte, long pfn, long head)
        where TCounter : struct, IOperationCounter =>
        ctx.Pm.FolioMaybeDmaPinned(head, ref ctx.Counter)
        && ctx.SrcVma.IsCowMapping
        && NormalPageCopy.MappedOnce(ref ctx, pfn)
        && ctx.SrcVma.HasAnonVma
        && Pte.IsDirty(pte);
}
