using System.Runtime.CompilerServices;
using System.Threading;
using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Gup;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Rmap;

/// <summary>
/// Mapping counts (mm/rmap.c, include/linux/rmap.h). Every PTE mapping adds
/// one to the page's <c>_mapcount</c>; a PMD mapping adds one to
/// <c>_entire_mapcount</c>. From 6.11 (<see cref="PhysicalMemory.LargeMapcountEra"/>)
/// either also adds to the folio's <c>_large_mapcount</c>, once per batch.
/// </summary>
public static class Rmap
{
    /// <summary>folio_add_new_anon_rmap(): a fresh anon folio mapped whole, by PTEs or by one PMD.</summary>
    public static void FolioAddNewAnonRmap(PhysicalMemory pm, long head, int order, bool pmdMapped, bool exclusive)
    {
        int frames = 1 << order;
        for (long pfn = head; pfn < head + frames; pfn++)
        {
            ref StructPage page = ref pm.Page(pfn);
            page.Flags |= (long)PageFlags.Anon;
            if (!pmdMapped)
                page.MapcountBiased = 0;
            if (exclusive && (!pmdMapped || pfn == head))
                page.Flags |= (long)PageFlags.AnonExclusive;
        }
        if (order > 0)
        {
            ref StructPage second = ref pm.Page(head + 1);
            if (pm.LargeMapcountEra)
                second.LargeMapcount = pmdMapped ? 0 : frames - 1;
            if (pmdMapped)
                second.EntireMapcount = 0;
        }
        pm.Page(head).RefCount = pmdMapped ? 1 : frames;
    }

    /// <summary>
    /// page_dup_rmap() / folio_dup_file_rmap_ptes(): <paramref name="nr"/>
    /// consecutive pages of one folio each gain a PTE mapping.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DupPtes<TCounter>(PhysicalMemory pm, long head, long pfn, int nr, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        for (long p = pfn; p < pfn + nr; p++)
        {
            Interlocked.Increment(ref pm.Page(p).MapcountBiased);
            counter.LockedRmw();
            counter.TouchStructPage(p);
        }
        // The era first: before 6.11 there is nothing to add, and the era is
        // a field of pm where the folio test reads the head's struct page
        // again after the locked increments above.
        if (pm.LargeMapcountEra && pm.FolioTestLarge(head))
            AddLargeMapcount(pm, head, nr, ref counter);
    }

    /// <summary>folio_dup_pmd rmap: one more PMD mapping of a whole 2 MiB folio.</summary>
    public static void DupPmd<TCounter>(PhysicalMemory pm, long head, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        Interlocked.Increment(ref pm.Page(head + 1).EntireMapcount);
        counter.LockedRmw();
        AddLargeMapcount(pm, head, 1, ref counter);
    }

    /// <summary>
    /// page_try_dup_anon_rmap() of 5.19: a page that is AnonExclusive and may
    /// be pinned cannot be shared (-EBUSY, returned as false); otherwise the
    /// exclusive bit is cleared and the mapping counted. The pin check runs
    /// only for exclusive pages.
    /// </summary>
    public static bool PageTryDupAnonRmap<TGate, TCounter>(PhysicalMemory pm, MmStruct mm, in Vma vma, long head, long pfn, ref TCounter counter)
        where TGate : struct, IPinGate
        where TCounter : struct, IOperationCounter
    {
        if (pm.IsAnonExclusive(pfn))
        {
            if (CowForDma.FolioNeedsCowForDma<TGate, TCounter>(pm, mm, vma, head, ref counter))
                return false;
            ClearAnonExclusive(pm, pfn, ref counter);
        }
        DupPtes(pm, head, pfn, 1, ref counter);
        return true;
    }

    /// <summary>
    /// folio_try_dup_anon_rmap_ptes() of 6.9+: whether the folio may be
    /// pinned is decided once, first; then any exclusive page in the run makes
    /// the whole run fail (-EBUSY, returned as false) before anything changes.
    /// </summary>
    public static bool FolioTryDupAnonRmapPtes<TGate, TCounter>(PhysicalMemory pm, MmStruct mm, in Vma vma, long head, long pfn, int nr, ref TCounter counter)
        where TGate : struct, IPinGate
        where TCounter : struct, IOperationCounter
    {
        if (CowForDma.FolioNeedsCowForDma<TGate, TCounter>(pm, mm, vma, head, ref counter))
        {
            for (long p = pfn; p < pfn + nr; p++)
            {
                counter.TouchStructPage(p);
                if (pm.IsAnonExclusive(p))
                    return false;
            }
        }
        for (long p = pfn; p < pfn + nr; p++)
        {
            if (pm.IsAnonExclusive(p))
                ClearAnonExclusive(pm, p, ref counter);
        }
        DupPtes(pm, head, pfn, nr, ref counter);
        return true;
    }

    /// <summary>
    /// folio_try_dup_anon_rmap_pmd(): the PMD-mapped THP's head carries the
    /// exclusive bit. <paramref name="pinCheckFirst"/> selects the 6.9+ order
    /// (pin state decided before looking at the bit) over 5.19's.
    /// </summary>
    public static bool FolioTryDupAnonRmapPmd<TGate, TCounter>(PhysicalMemory pm, MmStruct mm, in Vma vma, long head, bool pinCheckFirst, ref TCounter counter)
        where TGate : struct, IPinGate
        where TCounter : struct, IOperationCounter
    {
        bool maybePinned = pinCheckFirst && CowForDma.FolioNeedsCowForDma<TGate, TCounter>(pm, mm, vma, head, ref counter);
        if (pm.IsAnonExclusive(head))
        {
            if (pinCheckFirst ? maybePinned : CowForDma.FolioNeedsCowForDma<TGate, TCounter>(pm, mm, vma, head, ref counter))
                return false;
            ClearAnonExclusive(pm, head, ref counter);
        }
        DupPmd(pm, head, ref counter);
        return true;
    }

    /// <summary>
    /// folio_mapcount(): every mapping of the folio. With <c>_large_mapcount</c>
    /// it is read; before 6.11 it is summed over the pages (as
    /// total_mapcount() did) plus the PMD mappings.
    /// </summary>
    public static int FolioMapcount(PhysicalMemory pm, long head)
    {
        if (!pm.FolioTestLarge(head))
            return pm.Page(head).MapcountBiased + 1;
        ref StructPage second = ref pm.Page(head + 1);
        if (pm.LargeMapcountEra)
            return second.LargeMapcount + 1;
        int mappings = second.EntireMapcount + 1;
        for (long pfn = head; pfn < head + (1L << second.FolioOrder); pfn++)
            mappings += pm.Page(pfn).MapcountBiased + 1;
        return mappings;
    }

    /// <summary>ClearPageAnonExclusive(): an atomic bit clear.</summary>
    public static void ClearAnonExclusive<TCounter>(PhysicalMemory pm, long pfn, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        Interlocked.And(ref pm.Page(pfn).Flags, ~(long)PageFlags.AnonExclusive);
        counter.LockedRmw();
    }

    /// <summary>folio_remove_rmap_ptes(): <paramref name="nr"/> consecutive pages each lose a PTE mapping.</summary>
    public static void RemovePtes<TCounter>(PhysicalMemory pm, long head, long pfn, int nr, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        for (long p = pfn; p < pfn + nr; p++)
        {
            if (Interlocked.Decrement(ref pm.Page(p).MapcountBiased) < -1)
                throw new InvalidOperationException($"mapcount of frame {p} went negative");
            counter.LockedRmw();
            counter.TouchStructPage(p);
        }
        if (pm.FolioTestLarge(head))
            AddLargeMapcount(pm, head, -nr, ref counter);
    }

    /// <summary>folio_remove_rmap_pmd().</summary>
    public static void RemovePmd<TCounter>(PhysicalMemory pm, long head, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        Interlocked.Decrement(ref pm.Page(head + 1).EntireMapcount);
        counter.LockedRmw();
        AddLargeMapcount(pm, head, -1, ref counter);
    }

    /// <summary>folio_add_large_mapcount() / folio_sub_large_mapcount() (6.11+; nothing before).</summary>
    internal static void AddLargeMapcount<TCounter>(PhysicalMemory pm, long head, int delta, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        if (!pm.LargeMapcountEra)
            return;
        Interlocked.Add(ref pm.Page(head + 1).LargeMapcount, delta);
        counter.LockedRmw();
        counter.TouchStructPage(head + 1);
    }
}
