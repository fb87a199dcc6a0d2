namespace ForkBench.Kernel.Mm;

/// <summary>
/// A VMA (struct vm_area_struct): a 2 MiB-aligned address range with flags.
/// The model keeps VMAs 2 MiB aligned so that no PTE table is shared by two
/// VMAs; the fork path is the same either way.
/// </summary>
public struct Vma
{
    public long Start;
    public long End;
    public VmaFlags Flags;
    public VmaBacking Backing;

    /// <summary>vma->anon_vma != NULL: set once anonymous pages exist in the VMA.</summary>
    public bool HasAnonVma;

    /// <summary>For file and shmem VMAs: the page-cache object and the page offset of Start.</summary>
    public int FileId;
    public long FileFirstPage;

    /// <summary>Order of the folios a fault allocates (0 = 4 KiB, 2 = 16 KiB ... 9 = 2 MiB).</summary>
    public int FolioOrder;

    /// <summary>Order-9 folios are mapped by a PMD (THP) rather than by 512 PTEs.</summary>
    public bool MapWithPmd;

    public readonly bool Contains(long address) => address >= Start && address < End;

    /// <summary>is_cow_mapping(): may be written, not shared.</summary>
    public readonly bool IsCowMapping => (Flags & (VmaFlags.Shared | VmaFlags.MayWrite)) == VmaFlags.MayWrite;

    public readonly long Pages => (End - Start) >> Geometry.PageShift;
}
