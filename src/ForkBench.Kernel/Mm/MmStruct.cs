using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Mm;

/// <summary>
/// A process address space (struct mm_struct): its VMAs, its PMD level of
/// page tables, rss counters and every form the "has this mm pinned" state
/// has had. All storage is sized at creation, so a fork into a reused child
/// allocates nothing managed.
/// </summary>
public sealed class MmStruct
{
    /// <summary>MMF_HAS_PINNED (5.14+): a sticky bit in mm->flags.</summary>
    public const long MmfHasPinned = 1L << 28;

    public int Id { get; }

    /// <summary>mm->flags.</summary>
    internal long Flags;

    /// <summary>Peter Xu v1: <c>int has_pinned</c>, written by every FOLL_PIN.</summary>
    internal int HasPinnedInt;

    /// <summary>5.9/5.10: <c>atomic_t has_pinned</c>, set by any FOLL_PIN, never cleared.</summary>
    internal int HasPinnedAtomic;

    /// <summary>The proposal no kernel has: an exact count of pinned pages, zero again when the last pin goes.</summary>
    internal long PinnedPages;

    internal readonly Vma[] Vmas;
    internal int VmaCount;

    /// <summary>One PMD entry per 2 MiB of the address space.</summary>
    internal readonly ulong[] Pmds;

    /// <summary>pgtable_trans_huge_deposit(): the PTE table kept per huge PMD for a later split (-1 = none).</summary>
    internal readonly int[] Deposited;

    internal long NextMapAddress = Geometry.PmdSize;

    public long RssAnon { get; internal set; }
    public long RssFile { get; internal set; }

    public bool HasPinnedSticky => (Flags & MmfHasPinned) != 0;

    public long AddressSpaceBytes => (long)Pmds.Length * Geometry.PmdSize;

    public int VmaCapacity => Vmas.Length;

    public ReadOnlySpan<Vma> VmaList => Vmas.AsSpan(0, VmaCount);

    internal MmStruct(int id, long addressSpaceBytes, int maxVmas)
    {
        Id = id;
        int pmds = checked((int)((addressSpaceBytes + Geometry.PmdSize - 1) / Geometry.PmdSize));
        Pmds = new ulong[pmds];
        Deposited = new int[pmds];
        Array.Fill(Deposited, -1);
        Vmas = new Vma[maxVmas];
    }

    /// <summary>find_vma(): the index of the VMA containing the address, or -1.</summary>
    public int FindVma(long address)
    {
        for (int i = 0; i < VmaCount; i++)
        {
            if (Vmas[i].Contains(address))
                return i;
        }
        return -1;
    }

    public ref Vma VmaAt(int index) => ref Vmas[index];

    internal static int PmdIndex(long address) => (int)(address >> Geometry.PmdShift);

    internal static int PteIndex(long address) => (int)((address >> Geometry.PageShift) & (PageTablePool.EntriesPerTable - 1));

    /// <summary>True when nothing is mapped: no VMA, no page table, no rss.</summary>
    public bool IsEmpty => VmaCount == 0 && RssAnon == 0 && RssFile == 0 && !Pmds.AsSpan().ContainsAnyExcept(0UL);

    /// <summary>Resets to a fresh mm after exit_mmap() (a child starts without any pinned state).</summary>
    internal void ResetAfterExit()
    {
        Array.Clear(Vmas);
        VmaCount = 0;
        Flags = 0;
        HasPinnedInt = 0;
        HasPinnedAtomic = 0;
        PinnedPages = 0;
        NextMapAddress = Geometry.PmdSize;
        RssAnon = RssFile = 0;
    }
}
