using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Tests;

/// <summary>Reads a process's page-table entry for an address (0 when none), for assertions on bits.</summary>
public static class PageTableProbe
{
    public static ulong PteAt(Machine machine, MmStruct mm, long address)
    {
        ulong pmd = mm.Pmds[(int)(address >> Geometry.PmdShift)];
        if (Pmd.IsNone(pmd))
            return 0;
        if (Pmd.IsHuge(pmd))
            return pmd;
        return machine.PageTables.Table(Pmd.TableIndex(pmd))[(int)((address >> Geometry.PageShift) & 511)];
    }
}
