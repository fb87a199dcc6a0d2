using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;
using ForkBench.Kernel.Counting;

namespace ForkBench.Kernel.Faults;

/// <summary>
/// do_wp_page() and do_huge_pmd_wp_page(): a write to a present but
/// write-protected entry. Shared mappings just become writable; a private
/// anon page is reused when the era's <see cref="WriteReuseRule"/> allows,
/// otherwise copied (wp_page_copy()). A huge PMD that cannot be reused is
/// split and the write handled on its PTE.
/// </summary>
public static class WriteProtectFault
{
    public static long HandlePte(Machine machine, MmStruct mm, ref Vma vma, Span<ulong> ptes, int index)
    {
        ulong pte = ptes[index];
        long pfn = Pte.Pfn(pte);
        bool shared = (vma.Flags & VmaFlags.Shared) != 0;
        if (shared || (machine.Physical.IsAnon(pfn) && CanReuse(machine, ptes, pfn)))
        {
            ptes[index] = Pte.MkDirty(Pte.MkWrite(pte)) | Pte.Young;
            return pfn;
        }
        return CopyOnWrite(machine, mm, ref vma, ptes, index, pfn);
    }

    /// <summary>Reuses a write-protected huge PMD if allowed; false after splitting it instead.</summary>
    public static bool TryReuseHuge(Machine machine, MmStruct mm, int pmdIndex)
    {
        var pm = machine.Physical;
        long head = Pte.Pfn(mm.Pmds[pmdIndex]);
        bool reuse = machine.Variant.AnonExclusiveEra
            ? pm.IsAnonExclusive(head) || MakeExclusiveIfSoleReference(pm, head)
            : Rmap.Rmap.FolioMapcount(pm, head) == 1; // reuse_swap_page(): mapped once
        if (reuse)
        {
            mm.Pmds[pmdIndex] = Pte.MkDirty(Pte.MkWrite(mm.Pmds[pmdIndex])) | Pte.Young;
            return true;
        }
        var counter = new NoCounting();
        PmdSplitter.SplitHugePmd(pm, machine.PageTables, mm, pmdIndex, ref counter);
        return false;
    }

    private static bool CanReuse(Machine machine, Span<ulong> ptes, long pfn)
    {
        var pm = machine.Physical;
        long head = pm.FolioHead(pfn);
        return machine.Variant.ReuseRule switch
        {
            WriteReuseRule.MapcountIsOne => pm.Memmap[pfn].MapcountBiased == 0
                && (!pm.FolioTestLarge(head) || pm.Memmap[head + 1].EntireMapcount == -1),
            WriteReuseRule.RefcountIsOne => pm.Memmap[head].RefCount == 1,
            WriteReuseRule.AnonExclusive => pm.IsAnonExclusive(pfn) || (!pm.FolioTestLarge(head) && MakeExclusiveIfSoleReference(pm, head)),
            _ => pm.IsAnonExclusive(pfn)
                || (pm.FolioTestLarge(head)
                    ? CanReuseLargeAnonFolio(pm, ptes, head) && SetExclusive(pm, pfn)
                    : MakeExclusiveIfSoleReference(pm, head)),
        };
    }

    /// <summary>
    /// __wp_can_reuse_large_anon_folio() (6.15+): only this mm maps the folio
    /// (the kernel reads the folio's mm ids and their mapcounts; the model
    /// finds every mapping in this PTE table, where a naturally aligned folio
    /// of a 2 MiB-aligned VMA lies) and every reference is one of those
    /// mappings (no pin, no other reference).
    /// </summary>
    private static bool CanReuseLargeAnonFolio(PhysicalMemory pm, Span<ulong> ptes, long head)
    {
        int mapcount = Rmap.Rmap.FolioMapcount(pm, head);
        if (mapcount != pm.Memmap[head].RefCount)
            return false;
        long end = head + (1L << pm.FolioOrder(head));
        int mappedHere = 0;
        foreach (ulong pte in ptes)
        {
            long pfn = Pte.Pfn(pte);
            if (!Pte.IsNone(pte) && !Pte.IsSpecial(pte) && pfn >= head && pfn < end)
                mappedHere++;
        }
        return mappedHere == mapcount;
    }

    /// <summary>SetPageAnonExclusive() on the reused page (do_wp_page()).</summary>
    private static bool SetExclusive(PhysicalMemory pm, long pfn)
    {
        pm.Memmap[pfn].Flags |= (long)PageFlags.AnonExclusive;
        return true;
    }

    /// <summary>5.19+: a page with exactly one reference is ours alone; it becomes exclusive and is reused.</summary>
    private static bool MakeExclusiveIfSoleReference(PhysicalMemory pm, long head)
    {
        if (pm.Memmap[head].RefCount != 1)
            return false;
        pm.Memmap[head].Flags |= (long)PageFlags.AnonExclusive;
        return true;
    }

    /// <summary>wp_page_copy(): a private copy replaces the shared page in this mm only.</summary>
    private static long CopyOnWrite(Machine machine, MmStruct mm, ref Vma vma, Span<ulong> ptes, int index, long oldPfn)
    {
        var pm = machine.Physical;
        var counter = new NoCounting();
        long copy = AnonymousFault.Allocate(machine, 0);
        pm.Contents.CopyPage(oldPfn, copy);
        Rmap.Rmap.FolioAddNewAnonRmap(pm, copy, 0, pmdMapped: false, machine.Variant.AnonExclusiveEra);
        ptes[index] = Pte.Make(copy, Pte.MkDirty(Pte.Write | Pte.Young));
        long oldHead = pm.FolioHead(oldPfn);
        if (!pm.IsAnon(oldPfn))
        {
            mm.RssFile--;
            mm.RssAnon++;
        }
        Rmap.Rmap.RemovePtes(pm, oldHead, oldPfn, 1, ref counter);
        pm.FolioPut(oldHead, ref counter);
        vma.HasAnonVma = true;
        return copy;
    }
}
