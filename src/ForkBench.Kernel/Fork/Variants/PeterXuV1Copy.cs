using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Gup;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// Peter Xu's v1 (2020-09-21): after taking the page reference, a writable
/// COW page of an mm whose <c>int has_pinned</c> is set, and that may be
/// pinned, is "broken" early: the locks are dropped, a page is allocated
/// (may sleep, memcg charged) and copied, and the child gets the copy.
/// THP: a maybe-pinned huge page is split and copied through the PTE path.
/// </summary>
public readonly struct PeterXuV1Copy : ICopyVariant
{
    public static bool ChecksPinsOnPmdPath => true;

    public static bool BatchesLargeFolios => false;

    public static int CopyPresentPtes<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int maxNr)
        where TCounter : struct, IOperationCounter
    {
        long pfn = CopyPrimitives.VmNormalPage(pte);
        if (pfn >= 0)
        {
            ctx.Counter.TouchStructPage(pfn);
            long head = ctx.Pm.FolioHead(pfn);
            ctx.Pm.FolioGet(head, ref ctx.Counter);
            if (ctx.SrcVma.IsCowMapping
                && HasPinnedIntGate.MayHavePins(ctx.Src, ref ctx.Counter)
                && Pte.IsWrite(pte)
                && ctx.Pm.FolioMaybeDmaPinned(head, ref ctx.Counter))
            {
                return CopyStatus.BreakCow; // the reference stays held until the copy is installed
            }
            Rmap.Rmap.DupPtes(ctx.Pm, head, pfn, 1, ref ctx.Counter);
            CopyPrimitives.CountRss(ref ctx, pfn, 1);
        }
        CopyPrimitives.CopyPteBits(ref ctx, index, pte, 1);
        return 1;
    }

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.CopyGated<HasPinnedIntGate, TCounter>(ref ctx, pmdIndex);
}
