using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork;

/// <summary>
/// exit_mmap() -> unmap_vmas() -> zap_pte_range() / zap_huge_pmd(): every
/// mapping is dropped (mapcount, then reference; the last reference frees
/// the folio), every page table returned, and the mm reset for reuse.
/// </summary>
public static class ExitMmap
{
    public static void Exit<TCounter>(Machine machine, MmStruct mm, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        var pm = machine.Physical;
        var pool = machine.PageTables;
        for (int p = 0; p < mm.Pmds.Length; p++)
        {
            ulong pmd = mm.Pmds[p];
            if (Pmd.IsNone(pmd))
                continue;
            if (Pmd.IsHuge(pmd))
            {
                long head = Pte.Pfn(pmd);
                Rmap.Rmap.RemovePmd(pm, head, ref counter);
                mm.RssAnon -= Geometry.PtesPerTable;
                pm.FolioPut(head, ref counter);
                pool.Free(mm.Deposited[p]);
                mm.Deposited[p] = -1;
            }
            else
            {
                int table = Pmd.TableIndex(pmd);
                ZapPteTable(machine, mm, pool.Table(table), ref counter);
                pool.Free(table);
            }
            mm.Pmds[p] = 0;
        }
        if (mm.RssAnon != 0 || mm.RssFile != 0)
            throw new InvalidOperationException($"mm {mm.Id}: rss counters did not return to zero (anon {mm.RssAnon}, file {mm.RssFile})");
        mm.ResetAfterExit();
    }

    private static void ZapPteTable<TCounter>(Machine machine, MmStruct mm, Span<ulong> ptes, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        var pm = machine.Physical;
        for (int i = 0; i < ptes.Length; i++)
        {
            ulong pte = ptes[i];
            counter.PteRead(1);
            if (Pte.IsNone(pte))
                continue;
            ptes[i] = 0;
            counter.PteWrite(1);
            long pfn = CopyPrimitives.VmNormalPage(pte);
            if (pfn < 0)
                continue;
            long head = pm.FolioHead(pfn);
            if (pm.IsAnon(pfn))
                mm.RssAnon--;
            else
                mm.RssFile--;
            Rmap.Rmap.RemovePtes(pm, head, pfn, 1, ref counter);
            pm.FolioPut(head, ref counter);
        }
    }
}
