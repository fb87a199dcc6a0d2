namespace ForkBench.Kernel.Memory;

/// <summary>The page->flags bits the model uses (include/linux/page-flags.h).</summary>
[Flags]
public enum PageFlags : long
{
    None = 0,

    /// <summary>The frame is allocated (not on a free list). The kernel has no such bit; the model keeps it for leak checks.</summary>
    Allocated = 1 << 0,

    /// <summary>Anonymous page (kernel: PAGE_MAPPING_ANON in page->mapping).</summary>
    Anon = 1 << 1,

    /// <summary>PG_head: first page of a large folio.</summary>
    Head = 1 << 2,

    /// <summary>PG_anon_exclusive (5.19+): this anon page is mapped by exactly one process and may be reused on write.</summary>
    AnonExclusive = 1 << 3,

    /// <summary>Page-cache page of a file or shmem object.</summary>
    PageCache = 1 << 4,

}
