using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Gup;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// The merged fix, copy_present_pte() + copy_present_page() (5.9/5.10 with
/// <see cref="HasPinnedAtomicGate"/>, 5.14 with <see cref="MmfHasPinnedGate"/>
/// and page_needs_cow_for_dma()): find the page; a COW page of an mm that may
/// have pinned, that may itself be pinned, is copied into the preallocated
/// page, or -EAGAIN asks copy_pte_range() for one. Everything else is shared.
/// A maybe-pinned THP is split and goes down the PTE path.
/// </summary>
public readonly struct PreallocRetryCopy<TGate> : ICopyVariant where TGate : struct, IPinGate
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
            if (CowForDma.FolioNeedsCowForDma<TGate, TCounter>(ctx.Pm, ctx.Src, ctx.SrcVma, head, ref ctx.Counter))
                return CopyPrimitives.CopyIntoPrealloc(ref ctx, index, pfn);
            CopyPrimitives.ShareSmall(ref ctx, head, pfn);
        }
        CopyPrimitives.CopyPteBits(ref ctx, index, pte, 1);
        return 1;
    }

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.CopyGated<TGate, TCounter>(ref ctx, pmdIndex);
}
