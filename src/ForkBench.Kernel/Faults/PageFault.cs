using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Faults;

/// <summary>
/// handle_mm_fault() for writes, and an inspection read that does not fault
/// in. A write returns the frame that now holds the written address.
/// </summary>
public static class PageFault
{
    public static long HandleWrite(Machine machine, MmStruct mm, long address)
    {
        ref Vma vma = ref VmaFor(mm, address);
        if ((vma.Flags & VmaFlags.Write) == 0)
            throw new InvalidOperationException($"write to read-only mapping at 0x{address:x} (SIGSEGV)");
        int p = MmStruct.PmdIndex(address);
        if (Pmd.IsNone(mm.Pmds[p]) && vma.MapWithPmd && vma.Backing == VmaBacking.Anon)
            AnonymousFault.MapHuge(machine, mm, ref vma, p);
        ulong pmd = mm.Pmds[p];
        if (Pmd.IsHuge(pmd))
        {
            long subpage = Pte.Pfn(pmd) + MmStruct.PteIndex(address);
            if (Pte.IsWrite(pmd) || WriteProtectFault.TryReuseHuge(machine, mm, p))
                return subpage;
        }
        Span<ulong> ptes = TableFor(machine, mm, p);
        int index = MmStruct.PteIndex(address);
        ulong pte = ptes[index];
        if (Pte.IsNone(pte))
        {
            if (vma.Backing == VmaBacking.Anon)
            {
                AnonymousFault.MapPtes(machine, mm, ref vma, ptes, address);
                return Pte.Pfn(ptes[index]);
            }
            return FileFault.Map(machine, mm, ref vma, ptes, address, write: true);
        }
        if (Pte.IsWrite(pte))
        {
            ptes[index] = Pte.MkDirty(pte) | Pte.Young;
            return Pte.Pfn(pte);
        }
        return WriteProtectFault.HandlePte(machine, mm, ref vma, ptes, index);
    }

    /// <summary>A read fault: file and shmem pages are mapped (read-only); anon reads change nothing.</summary>
    public static void HandleRead(Machine machine, MmStruct mm, long address)
    {
        ref Vma vma = ref VmaFor(mm, address);
        if (vma.Backing == VmaBacking.Anon || Pmd.IsHuge(mm.Pmds[MmStruct.PmdIndex(address)]))
            return;
        Span<ulong> ptes = TableFor(machine, mm, MmStruct.PmdIndex(address));
        if (Pte.IsNone(ptes[MmStruct.PteIndex(address)]))
            FileFault.Map(machine, mm, ref vma, ptes, address, write: false);
    }

    /// <summary>The frame mapped at an address, or -1 when nothing is mapped there.</summary>
    public static long MappedFrame(MmStruct mm, PageTablePool pool, long address)
    {
        ulong pmd = mm.Pmds[MmStruct.PmdIndex(address)];
        if (Pmd.IsNone(pmd))
            return -1;
        if (Pmd.IsHuge(pmd))
            return Pte.Pfn(pmd) + MmStruct.PteIndex(address);
        ulong pte = pool.Table(Pmd.TableIndex(pmd))[MmStruct.PteIndex(address)];
        return Pte.IsNone(pte) ? -1 : Pte.Pfn(pte);
    }

    internal static ref Vma VmaFor(MmStruct mm, long address)
    {
        int index = mm.FindVma(address);
        if (index < 0)
            throw new InvalidOperationException($"no VMA at 0x{address:x} in mm {mm.Id} (SIGSEGV)");
        return ref mm.VmaAt(index);
    }

    /// <summary>pte_alloc(): the PTE table under a PMD, allocated if the PMD is empty.</summary>
    private static Span<ulong> TableFor(Machine machine, MmStruct mm, int pmdIndex)
    {
        if (Pmd.IsNone(mm.Pmds[pmdIndex]))
        {
            int table = machine.PageTables.Allocate();
            if (table < 0)
                throw new OutOfMemoryException("model page-table pool exhausted");
            mm.Pmds[pmdIndex] = Pmd.MakeTable(table);
        }
        return machine.PageTables.Table(Pmd.TableIndex(mm.Pmds[pmdIndex]));
    }
}
