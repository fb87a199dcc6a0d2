using ForkBench.Kernel.Counting;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// v5.8 copy_one_pte() / copy_huge_pmd(): every page is shared by reference,
/// pinned or not. A pinned page becomes COW-shared and the parent's next
/// write moves it away from the DMA target: the bug the later variants fix.
/// The steps keep copy_one_pte()'s order: write-protect the parent's entry,
/// then take the reference and the mapping, then write the child's entry.
/// </summary>
public readonly struct V58Copy : ICopyVariant
{
    public static bool ChecksPinsOnPmdPath => false;

    public static bool BatchesLargeFolios => false;

    public static int CopyPresentPtes<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int maxNr)
        where TCounter : struct, IOperationCounter
    {
        ulong childPte = CopyPrimitives.WrprotectForCopy(ref ctx, index, pte, 1);
        long pfn = CopyPrimitives.VmNormalPage(pte);
        if (pfn >= 0)
        {
            ctx.Counter.TouchStructPage(pfn);
            CopyPrimitives.ShareSmall(ref ctx, ctx.Pm.FolioHead(pfn), pfn);
        }
        CopyPrimitives.SetChildPtes(ref ctx, index, childPte, 1);
        return 1;
    }

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.ShareUnchecked(ref ctx, pmdIndex);
}
