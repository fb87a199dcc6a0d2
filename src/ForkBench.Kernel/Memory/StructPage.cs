using System.Runtime.InteropServices;

namespace ForkBench.Kernel.Memory;

/// <summary>
/// The model of the kernel's <c>struct page</c> (include/linux/mm_types.h):
/// 64 bytes, one cache line, one per 4 KiB frame in the memmap. The field
/// offsets follow the kernel's x86-64 layout so that the words fork touches
/// (flags, <c>_mapcount</c>, <c>_refcount</c>) share one line as they do there.
/// For a large folio, the first tail page (page[1]) holds the folio-wide
/// counters, as the kernel's <c>struct folio</c> overlay does: touching them
/// costs a second cache line.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct StructPage
{
    public const int Size = 64;

    /// <summary>page->flags: <see cref="PageFlags"/>.</summary>
    [FieldOffset(0)] public long Flags;

    /// <summary>page->compound_head on tail pages: the head's frame number + 1 (0 = not a tail).</summary>
    [FieldOffset(8)] public long CompoundHead;

    /// <summary>On page[1] of a large folio: the folio order (kernel: _flags_1 low byte).</summary>
    [FieldOffset(16)] public int FolioOrder;

    /// <summary>On page[1] of a large folio: _entire_mapcount (PMD mappings), biased by -1 as in the kernel.</summary>
    [FieldOffset(20)] public int EntireMapcount;

    /// <summary>On page[1] of a large folio: _large_mapcount (all mappings of the folio), biased by -1.</summary>
    [FieldOffset(24)] public int LargeMapcount;

    /// <summary>On page[1] of a large folio: _pincount (one per FOLL_PIN of any subpage).</summary>
    [FieldOffset(28)] public int PinCount;

    /// <summary>page->mapping stand-in: the owner (anon_vma or file) id, 0 for none.</summary>
    [FieldOffset(32)] public long Mapping;

    /// <summary>page->index: page offset in the owner.</summary>
    [FieldOffset(40)] public long Index;

    /// <summary>page->_mapcount: PTE mappings of this page, biased by -1 (−1 = unmapped).</summary>
    [FieldOffset(48)] public int MapcountBiased;

    /// <summary>page->_refcount (meaningful on heads and small pages; tails keep 0).</summary>
    [FieldOffset(52)] public int RefCount;

    /// <summary>page->memcg_data stand-in: the charged cgroup id, 0 for none.</summary>
    [FieldOffset(56)] public long MemcgData;
}
