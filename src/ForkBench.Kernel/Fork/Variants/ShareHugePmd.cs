using ForkBench.Kernel.Counting;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>v5.8's copy_huge_pmd(): the huge page is shared, pinned or not (Linus's patch left it so).</summary>
public readonly struct ShareHugePmd : IHugePmdPolicy
{
    public static bool ChecksPins => false;

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.ShareUnchecked(ref ctx, pmdIndex);
}
