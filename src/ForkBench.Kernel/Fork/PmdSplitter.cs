using System.Threading;
using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork;

/// <summary>
/// __split_huge_pmd(): a PMD mapping of a 2 MiB folio becomes 512 PTEs in the
/// deposited table. The folio stays one large folio (every subpage still
/// reads as pinned if it was); its PMD mapping becomes 512 PTE mappings, and
/// an exclusive head (5.19+) makes every subpage exclusive, a locked bit
/// operation each.
/// </summary>
public static class PmdSplitter
{
    public static void SplitHugePmd<TCounter>(PhysicalMemory pm, PageTablePool pool, MmStruct mm, int pmdIndex, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        ulong pmd = mm.Pmds[pmdIndex];
        int table = mm.Deposited[pmdIndex];
        if (!Pmd.IsHuge(pmd) || table < 0)
            throw new InvalidOperationException("split of a PMD that is not a huge mapping with a deposited table");
        counter.PmdSplit();
        long head = Pte.Pfn(pmd);
        ulong bits = pmd & (Pte.Write | Pte.Dirty | Pte.Young | Pte.SoftDirty | Pte.UffdWp);
        bool exclusive = pm.IsAnonExclusive(head);
        Span<ulong> ptes = pool.Table(table);
        for (int i = 0; i < Geometry.PtesPerTable; i++)
        {
            long pfn = head + i;
            ptes[i] = Pte.Make(pfn, bits);
            Interlocked.Increment(ref pm.Memmap[pfn].MapcountBiased);
            counter.LockedRmw();
            counter.TouchStructPage(pfn);
            if (exclusive)
            {
                Interlocked.Or(ref pm.Memmap[pfn].Flags, (long)PageFlags.AnonExclusive); // SetPageAnonExclusive()
                counter.LockedRmw();
            }
        }
        counter.PteWrite(Geometry.PtesPerTable);
        Interlocked.Decrement(ref pm.Memmap[head + 1].EntireMapcount);
        counter.LockedRmw();
        Rmap.Rmap.AddLargeMapcount(pm, head, Geometry.PtesPerTable - 1, ref counter);
        pm.FolioRefAdd(head, Geometry.PtesPerTable - 1, ref counter);
        mm.Pmds[pmdIndex] = Pmd.MakeTable(table);
        mm.Deposited[pmdIndex] = -1;
    }
}
