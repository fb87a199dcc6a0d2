using ForkBench.Kernel.Counting;

namespace ForkBench.Kernel.Fork;

/// <summary>
/// One version of the per-entry fork work. Static members on a struct, so
/// the generic copy loop compiles to direct calls for each variant.
/// </summary>
public interface ICopyVariant
{
    /// <summary>copy_huge_pmd() looks for pins (and splits a pinned PMD THP) rather than sharing it unchecked.</summary>
    static abstract bool ChecksPinsOnPmdPath { get; }

    /// <summary>Large folios are copied in batches of PTEs (folio_pte_batch), 6.9 on.</summary>
    static abstract bool BatchesLargeFolios { get; }

    /// <summary>
    /// copy_present_pte(s)(): the present entry <paramref name="pte"/> at
    /// <paramref name="index"/> (already read) and up to
    /// <paramref name="maxNr"/> entries from it. Returns how many entries were
    /// copied (at least 1) or a negative <see cref="CopyStatus"/>.
    /// </summary>
    static abstract int CopyPresentPtes<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int maxNr)
        where TCounter : struct, IOperationCounter;

    /// <summary>copy_huge_pmd(): <see cref="CopyStatus.Ok"/>, NoMemory, or Again after splitting the parent's PMD.</summary>
    static abstract int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter;
}
