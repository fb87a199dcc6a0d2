using System.Runtime.CompilerServices;
using System.Threading;
using ForkBench.Kernel.Counting;

namespace ForkBench.Kernel.Memory;

/// <summary>
/// Frames and their struct pages: allocation and freeing of folios, and the
/// folio reference operations of include/linux/mm.h (folio_get, folio_put,
/// folio_ref_add/sub, folio_maybe_dma_pinned). Refcount updates are real
/// Interlocked operations on the 64-byte struct page lines.
/// </summary>
public sealed unsafe class PhysicalMemory : IDisposable
{
    /// <summary>GUP_PIN_COUNTING_BIAS: what a FOLL_PIN adds to a small page's refcount.</summary>
    public const int PinCountingBias = 1024;

    public Memmap Memmap { get; }
    public FrameContents Contents { get; }
    public FrameAllocator Allocator { get; }
    public MemoryCgroup Memcg { get; }

    public long FrameCount => Memmap.FrameCount;

    /// <summary>Memmap's base and length, for <see cref="Page"/>.</summary>
    private StructPage* _pages;
    private readonly long _frames;

    /// <summary>
    /// The rmap of 6.11+: a large folio keeps <c>_large_mapcount</c> (one more
    /// locked add per batch of mappings). Before, a PTE mapping of a large
    /// folio counts in that page's <c>_mapcount</c> only, a PMD mapping in
    /// <c>_entire_mapcount</c> only, and <c>_large_mapcount</c> stays unused.
    /// </summary>
    public bool LargeMapcountEra { get; init; }

    public PhysicalMemory(long frameCount, FramePlacement placement, int seed, long atomicReserve, long memcgLimitPages, PageDataMode dataMode)
    {
        Memmap = new Memmap(frameCount);
        _pages = Memmap.Base;
        _frames = frameCount;
        Contents = new FrameContents(frameCount, dataMode);
        Allocator = new FrameAllocator(frameCount, placement, seed, atomicReserve);
        Memcg = new MemoryCgroup(memcgLimitPages);
    }

    /// <summary>
    /// pfn_to_page() for the kernel model's own code: the same struct page
    /// as <c>Memmap[pfn]</c>, bounds-checked the same way, but from the
    /// memmap's base and length held in this object. The copy loop reaches
    /// a struct page after every locked RMW, and the JIT must then reload
    /// whatever the address comes from (it assumes the RMW may have changed
    /// memory): from here that is one load less than through Memmap.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref StructPage Page(long pfn)
    {
        if ((ulong)pfn >= (ulong)_frames)
            Memmap.ThrowOutOfRange(pfn);
        return ref _pages[pfn];
    }

    /// <summary>page_folio(): the head frame of the folio a frame belongs to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long FolioHead(long pfn)
    {
        long head = Page(pfn).CompoundHead;
        return head == 0 ? pfn : head - 1;
    }

    /// <summary>folio_test_large().</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool FolioTestLarge(long head) => (Page(head).Flags & (long)PageFlags.Head) != 0;

    public int FolioOrder(long head) => FolioTestLarge(head) ? Page(head + 1).FolioOrder : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAnon(long pfn) => (Page(pfn).Flags & (long)PageFlags.Anon) != 0;

    public bool IsAnonExclusive(long pfn) => (Page(pfn).Flags & (long)PageFlags.AnonExclusive) != 0;

    /// <summary>folio_get(): one locked increment on the head's refcount.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void FolioGet<TCounter>(long head, ref TCounter counter) where TCounter : struct, IOperationCounter
    {
        Interlocked.Increment(ref Page(head).RefCount);
        counter.LockedRmw();
        counter.TouchStructPage(head);
    }

    /// <summary>folio_ref_add().</summary>
    public void FolioRefAdd<TCounter>(long head, int refs, ref TCounter counter) where TCounter : struct, IOperationCounter
    {
        Interlocked.Add(ref Page(head).RefCount, refs);
        counter.LockedRmw();
        counter.TouchStructPage(head);
    }

    /// <summary>folio_ref_sub() / folio_put_refs(): frees the folio when the last reference goes.</summary>
    public void FolioPutRefs<TCounter>(long head, int refs, ref TCounter counter) where TCounter : struct, IOperationCounter
    {
        int left = Interlocked.Add(ref Page(head).RefCount, -refs);
        counter.LockedRmw();
        counter.TouchStructPage(head);
        if (left == 0)
            FreeFolio(head);
        else if (left < 0)
            throw new InvalidOperationException($"refcount of frame {head} went negative");
    }

    /// <summary>folio_put().</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void FolioPut<TCounter>(long head, ref TCounter counter) where TCounter : struct, IOperationCounter =>
        FolioPutRefs(head, 1, ref counter);

    /// <summary>
    /// folio_maybe_dma_pinned(): exact for large folios (the pin count in
    /// page[1], a second cache line), fuzzy for small pages (refcount at or
    /// above the pin bias, so 1024 ordinary references look like a pin).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool FolioMaybeDmaPinned<TCounter>(long head, ref TCounter counter) where TCounter : struct, IOperationCounter
    {
        counter.AtomicRead();
        if (FolioTestLarge(head))
        {
            counter.TouchStructPage(head + 1);
            return Volatile.Read(ref Page(head + 1).PinCount) > 0;
        }
        counter.TouchStructPage(head);
        return Volatile.Read(ref Page(head).RefCount) >= PinCountingBias;
    }

    /// <summary>
    /// alloc_pages() + prep_compound_page() (+ mem_cgroup_charge() when
    /// <paramref name="charge"/>): a new folio with refcount 1, unmapped.
    /// </summary>
    public bool TryAllocateFolio<TCounter>(int order, AllocationKind kind, bool charge, ref TCounter counter, out long head)
        where TCounter : struct, IOperationCounter
    {
        bool allocated = Allocator.TryAllocate(order, kind, out head);
        counter.Allocation(kind, !allocated);
        if (!allocated)
            return false;
        int frames = 1 << order;
        if (charge)
        {
            bool charged = Memcg.TryCharge(frames);
            counter.MemcgCharge(!charged);
            if (!charged)
            {
                Allocator.Free(head, order);
                head = -1;
                return false;
            }
        }
        ref StructPage page = ref Page(head);
        page.Flags = (long)PageFlags.Allocated | (order > 0 ? (long)PageFlags.Head : 0);
        page.RefCount = 1;
        page.MapcountBiased = -1;
        page.MemcgData = charge ? MemoryCgroup.Id : 0;
        counter.TouchStructPage(head);
        for (long tail = head + 1; tail < head + frames; tail++)
        {
            ref StructPage t = ref Page(tail);
            t.Flags = (long)PageFlags.Allocated;
            t.CompoundHead = head + 1;
            t.MapcountBiased = -1;
        }
        if (order > 0)
        {
            ref StructPage second = ref Page(head + 1);
            second.FolioOrder = order;
            second.EntireMapcount = -1;
            second.LargeMapcount = -1;
        }
        return true;
    }

    /// <summary>Frees a folio whose last reference is gone: uncharge, clear its struct pages, back to the allocator.</summary>
    public void FreeFolio(long head)
    {
        int order = FolioOrder(head);
        int frames = 1 << order;
        if (Page(head).MemcgData != 0)
            Memcg.Uncharge(frames);
        for (long pfn = head; pfn < head + frames; pfn++)
        {
            Page(pfn) = default;
            Contents.SetStamp(pfn, 0);
        }
        Allocator.Free(head, order);
    }

    public void Dispose()
    {
        _pages = null;
        Memmap.Dispose();
        Contents.Dispose();
    }
}
