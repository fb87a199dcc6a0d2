using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Gup;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// 5.19+ copy_present_pte() with anon-exclusive pages (David Hildenbrand):
/// take a reference, then try to dup the anon rmap; an exclusive page that
/// may be pinned refuses (-EBUSY), the reference is dropped and the page is
/// copied into the preallocated page (or -EAGAIN asks for one). Non-anon
/// pages are shared. THP: try-dup at PMD level, split on refusal.
/// </summary>
public readonly struct AnonExclusiveCopy : ICopyVariant
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
            if (ctx.Pm.IsAnon(pfn))
            {
                ctx.Pm.FolioGet(head, ref ctx.Counter);
                if (!Rmap.Rmap.PageTryDupAnonRmap<MmfHasPinnedGate, TCounter>(ctx.Pm, ctx.Src, ctx.SrcVma, head, pfn, ref ctx.Counter))
                {
                    ctx.Pm.FolioPut(head, ref ctx.Counter);
                    return CopyPrimitives.CopyIntoPrealloc(ref ctx, index, pfn);
                }
                ctx.RssAnon++;
            }
            else
            {
                CopyPrimitives.ShareSmall(ref ctx, head, pfn);
            }
        }
        CopyPrimitives.CopyPteBits(ref ctx, index, pte, 1);
        return 1;
    }

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.CopyAnonExclusive<MmfHasPinnedGate, TCounter>(ref ctx, pmdIndex, pinCheckFirst: false);
}
