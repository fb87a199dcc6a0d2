using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Faults;

/// <summary>
/// do_anonymous_page() / do_huge_pmd_anonymous_page(): a write to an empty
/// private anon address maps a new folio of the VMA's order: by a PMD for a
/// THP VMA (with a PTE table deposited for a later split), else by PTEs over
/// the whole naturally aligned folio range, falling back to one small page
/// where part of that range is already mapped.
/// </summary>
public static class AnonymousFault
{
    public static void MapHuge(Machine machine, MmStruct mm, ref Vma vma, int pmdIndex)
    {
        int deposit = machine.PageTables.Allocate();
        if (deposit < 0)
            throw new OutOfMemoryException("model page-table pool exhausted");
        long head = Allocate(machine, Geometry.PmdOrder);
        Rmap.Rmap.FolioAddNewAnonRmap(machine.Physical, head, Geometry.PmdOrder, pmdMapped: true, machine.Variant.AnonExclusiveEra);
        mm.Pmds[pmdIndex] = Pmd.MakeHuge(head, Pte.MkDirty(Pte.Write | Pte.Young));
        mm.Deposited[pmdIndex] = deposit;
        mm.RssAnon += Geometry.PtesPerTable;
        vma.HasAnonVma = true;
    }

    public static void MapPtes(Machine machine, MmStruct mm, ref Vma vma, Span<ulong> ptes, long address)
    {
        int order = vma.FolioOrder;
        int nr = 1 << order;
        int first = MmStruct.PteIndex(address) & ~(nr - 1);
        if (ptes.Slice(first, nr).ContainsAnyExcept(0UL))
        {
            order = 0;
            nr = 1;
            first = MmStruct.PteIndex(address);
        }
        long head = Allocate(machine, order);
        Rmap.Rmap.FolioAddNewAnonRmap(machine.Physical, head, order, pmdMapped: false, machine.Variant.AnonExclusiveEra);
        for (int i = 0; i < nr; i++)
            ptes[first + i] = Pte.Make(head + i, Pte.MkDirty(Pte.Write | Pte.Young));
        mm.RssAnon += nr;
        vma.HasAnonVma = true;
    }

    /// <summary>A new charged folio for a fault; the model's OOM is an exception (no OOM killer).</summary>
    internal static long Allocate(Machine machine, int order)
    {
        var counter = new NoCounting();
        if (!machine.Physical.TryAllocateFolio(order, AllocationKind.Sleeping, charge: true, ref counter, out long head))
            throw new OutOfMemoryException($"model out of memory: no order-{order} folio or memcg limit reached");
        return head;
    }
}
