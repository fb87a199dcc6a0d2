using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Gup;

/// <summary>
/// page_needs_cow_for_dma() / folio_needs_cow_for_dma(): a COW mapping, an mm
/// that may have pinned, and a folio that may be pinned; cheapest test first.
/// </summary>
public static class CowForDma
{
    public static bool FolioNeedsCowForDma<TGate, TCounter>(PhysicalMemory pm, MmStruct mm, in Vma vma, long head, ref TCounter counter)
        where TGate : struct, IPinGate
        where TCounter : struct, IOperationCounter =>
        vma.IsCowMapping && TGate.MayHavePins(mm, ref counter) && pm.FolioMaybeDmaPinned(head, ref counter);
}
