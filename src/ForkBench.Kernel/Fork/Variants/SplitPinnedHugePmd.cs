using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Gup;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// The PMD hunk of Peter Xu's THP patches, which Jason Gunthorpe asked to
/// keep (copy_huge_pmd()): a maybe-pinned huge page of a COW mapping is split
/// and its entries go down the PTE path; <typeparamref name="TGate"/> is the
/// per-mm test in front of the page test.
/// </summary>
public readonly struct SplitPinnedHugePmd<TGate> : IHugePmdPolicy where TGate : struct, IPinGate
{
    public static bool ChecksPins => true;

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.CopyGated<TGate, TCounter>(ref ctx, pmdIndex);
}
