using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Faults;
using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Fork.Variants;
using ForkBench.Kernel.Gup;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel;

/// <summary>
/// A modelled machine running one kernel variant: physical memory, page
/// tables, processes, files, pins. The entry point for tests and benchmarks:
/// map, populate, pin, fork, write, exit, and check the invariants.
/// </summary>
public sealed class Machine : IDisposable
{
    private readonly List<MmStruct> _mms = [];
    private readonly List<PageCacheFile> _files = [];
    private readonly List<PinHandle> _pins = [];
    private readonly List<ReferenceHandle> _references = [];
    private readonly MachineOptions _options;

    public CopyVariant Variant { get; }
    public PhysicalMemory Physical { get; }
    public PageTablePool PageTables { get; }

    public Machine(MachineOptions options)
    {
        _options = options;
        Variant = options.Variant;
        Physical = new PhysicalMemory(options.FrameCount, options.Placement, options.Seed,
            options.AtomicReserveFrames, options.MemcgLimitPages, options.DataMode)
        {
            LargeMapcountEra = Variant.HasLargeMapcount,
        };
        PageTables = new PageTablePool(options.EffectivePageTableCapacity);
    }

    public IReadOnlyList<MmStruct> Processes => _mms;
    public IReadOnlyList<PageCacheFile> Files => _files;
    public IReadOnlyList<PinHandle> Pins => _pins;
    public IReadOnlyList<ReferenceHandle> References => _references;

    /// <summary>A new, empty process (also the reusable child of a benchmark).</summary>
    public MmStruct CreateProcess()
    {
        var mm = new MmStruct(_mms.Count + 1, _options.EffectiveAddressSpaceBytes, _options.MaxVmasPerProcess);
        _mms.Add(mm);
        return mm;
    }

    public PageCacheFile File(int id) => _files[id];

    /// <summary>
    /// mmap(): a new 2 MiB-aligned VMA; returns its start address. Large
    /// folios mapped by PTEs (mTHP) need a 6.8+ variant: older ones throw
    /// <see cref="NotSupportedException"/> with the reason.
    /// </summary>
    public long Map(MmStruct mm, long length, MappingKind kind, int folioOrder = 0, bool mapWithPmd = false, bool writable = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        if (folioOrder is < 0 or > Geometry.PmdOrder || folioOrder == 1)
            throw new ArgumentOutOfRangeException(nameof(folioOrder), "folio order must be 0 or 2..9");
        if (mapWithPmd && (folioOrder != Geometry.PmdOrder || kind != MappingKind.AnonPrivate))
            throw new ArgumentException("PMD mapping needs an order-9 private anon VMA");
        if (kind != MappingKind.AnonPrivate && folioOrder != 0)
            throw new ArgumentException("the model keeps page-cache folios small");
        if (Variant.FolioLayoutRefusal(folioOrder, mapWithPmd) is { } refusal)
            throw new NotSupportedException(refusal);
        if (mm.VmaCount == mm.VmaCapacity)
            throw new InvalidOperationException("too many VMAs for this process");
        long size = (length + Geometry.PmdSize - 1) & ~(Geometry.PmdSize - 1);
        long start = mm.NextMapAddress;
        if (start + size > mm.AddressSpaceBytes)
            throw new InvalidOperationException("mapping does not fit in the modelled address space");
        mm.NextMapAddress = start + size + Geometry.PmdSize; // a guard gap keeps VMAs apart
        bool shared = kind is MappingKind.AnonShared or MappingKind.FileShared;
        VmaFlags flags = VmaFlags.Read | VmaFlags.MayWrite | (writable ? VmaFlags.Write : 0) | (shared ? VmaFlags.Shared : 0);
        int fileId = -1;
        if (kind != MappingKind.AnonPrivate)
        {
            fileId = _files.Count;
            _files.Add(new PageCacheFile(fileId, size >> Geometry.PageShift, isShmem: kind == MappingKind.AnonShared));
        }
        mm.VmaAt(mm.VmaCount++) = new Vma
        {
            Start = start,
            End = start + size,
            Flags = flags,
            Backing = kind switch
            {
                MappingKind.AnonPrivate => VmaBacking.Anon,
                MappingKind.AnonShared => VmaBacking.Shmem,
                _ => VmaBacking.File,
            },
            FileId = fileId,
            FolioOrder = folioOrder,
            MapWithPmd = mapWithPmd,
        };
        return start;
    }

    /// <summary>
    /// madvise(): add VM_DONTCOPY, VM_WIPEONFORK, (as userfaultfd does)
    /// VM_UFFD_WP or (as clear_refs does) soft-dirty tracking to the VMA at an address.
    /// </summary>
    public void Advise(MmStruct mm, long address, VmaFlags advice)
    {
        if ((advice & ~(VmaFlags.DontCopy | VmaFlags.WipeOnFork | VmaFlags.UffdWp | VmaFlags.SoftDirtyTracking)) != 0)
            throw new ArgumentException("only DontCopy, WipeOnFork, UffdWp and SoftDirtyTracking can be advised", nameof(advice));
        ref Vma vma = ref PageFault.VmaFor(mm, address);
        if ((advice & VmaFlags.WipeOnFork) != 0 && (vma.Backing != VmaBacking.Anon || (vma.Flags & VmaFlags.Shared) != 0))
            throw new InvalidOperationException("MADV_WIPEONFORK applies to private anonymous mappings only (EINVAL)");
        vma.Flags |= advice;
    }

    /// <summary>Touches every page of a range: writes a stamp naming the process and address, or reads.</summary>
    public void Populate(MmStruct mm, long address, long length, bool write = true)
    {
        for (long a = address; a < address + length; a += Geometry.PageSize)
        {
            if (write)
                Write(mm, a, StampFor(mm, a, generation: 0));
            else
                PageFault.HandleRead(this, mm, a);
        }
    }

    /// <summary>A distinct stamp for each process, address and write generation.</summary>
    public static ulong StampFor(MmStruct mm, long address, int generation) =>
        ((ulong)mm.Id << 52) | ((ulong)generation << 40) | (ulong)(address >> Geometry.PageShift);

    /// <summary>A store to an address: faults as needed, then the frame holds the stamp.</summary>
    public long Write(MmStruct mm, long address, ulong stamp)
    {
        long pfn = PageFault.HandleWrite(this, mm, address);
        Physical.Contents.SetStamp(pfn, stamp);
        return pfn;
    }

    /// <summary>What a load from the address would see, without faulting anything in.</summary>
    public ulong Read(MmStruct mm, long address)
    {
        long pfn = MappedFrame(mm, address);
        if (pfn >= 0)
            return Physical.Contents.Stamp(pfn);
        ref Vma vma = ref PageFault.VmaFor(mm, address);
        if (vma.Backing == VmaBacking.Anon)
            return 0;
        long pageIndex = vma.FileFirstPage + ((address - vma.Start) >> Geometry.PageShift);
        long cached = File(vma.FileId).FrameAt(pageIndex);
        if (cached >= 0)
            return Physical.Contents.Stamp(cached);
        return vma.Backing == VmaBacking.Shmem ? 0 : FileFault.FileContentStamp(vma.FileId, pageIndex);
    }

    /// <summary>The frame mapped at an address in this process, or -1.</summary>
    public long MappedFrame(MmStruct mm, long address) => PageFault.MappedFrame(mm, PageTables, address);

    public PinHandle Pin(MmStruct mm, long address, long pages)
    {
        var handle = PinUserPages.Pin(this, mm, address, pages);
        _pins.Add(handle);
        return handle;
    }

    public void Unpin(PinHandle handle)
    {
        PinUserPages.Unpin(this, handle);
        _pins.Remove(handle);
    }

    /// <summary>Takes <paramref name="referencesPerPage"/> ordinary references on each page (no pin, no sticky state).</summary>
    public ReferenceHandle TakeReferences(MmStruct mm, long address, long pages, int referencesPerPage)
    {
        var counter = new NoCounting();
        var heads = new long[pages];
        for (long i = 0; i < pages; i++)
        {
            long pfn = MappedFrame(mm, address + (i << Geometry.PageShift));
            if (pfn < 0)
                throw new InvalidOperationException("references can only be taken on mapped pages");
            heads[i] = Physical.FolioHead(pfn);
            Physical.FolioRefAdd(heads[i], referencesPerPage, ref counter);
        }
        var handle = new ReferenceHandle(heads, referencesPerPage);
        _references.Add(handle);
        return handle;
    }

    public void ReleaseReferences(ReferenceHandle handle)
    {
        if (handle.Released)
            throw new InvalidOperationException("references already released");
        var counter = new NoCounting();
        foreach (long head in handle.Heads)
            Physical.FolioPutRefs(head, handle.ReferencesPerPage, ref counter);
        handle.Released = true;
        _references.Remove(handle);
    }

    /// <summary>fork(): copies <paramref name="parent"/> into the empty <paramref name="child"/>.</summary>
    public ForkOutcome Fork(MmStruct parent, MmStruct child)
    {
        var counter = new NoCounting();
        return Fork(parent, child, ref counter);
    }

    /// <summary>fork() with exact operation counts added to <paramref name="counts"/>.</summary>
    public ForkOutcome Fork(MmStruct parent, MmStruct child, OperationCounts counts)
    {
        var counter = new CountingCounter(counts);
        return Fork(parent, child, ref counter);
    }

    public ForkOutcome Fork<TCounter>(MmStruct parent, MmStruct child, ref TCounter counter)
        where TCounter : struct, IOperationCounter
    {
        if (!child.IsEmpty)
            throw new InvalidOperationException("the child process must be empty (exited or new)");
        int status = Variant.Fork(this, parent, child, ref counter);
        return status == CopyStatus.Ok ? ForkOutcome.Success : ForkOutcome.OutOfMemory;
    }

    /// <summary>exit(): the process's pins are released (its io_uring closes), then every mapping is torn down.</summary>
    public void Exit(MmStruct mm)
    {
        foreach (var pin in _pins.Where(p => p.Mm == mm).ToList())
            Unpin(pin);
        var counter = new NoCounting();
        ExitMmap.Exit(this, mm, ref counter);
    }

    /// <summary>Exit without touching the pin ledger; for benchmarks tearing down a child that holds no pins.</summary>
    public void ExitChild<TCounter>(MmStruct child, ref TCounter counter) where TCounter : struct, IOperationCounter =>
        ExitMmap.Exit(this, child, ref counter);

    /// <summary>
    /// Bytes the model holds for this machine: the memmap, the content
    /// stamps, the allocator's free stacks, the page-table pool and each
    /// process's PMD level (the optional 4 KiB page data is reserved, not
    /// counted: only copied frames ever touch it).
    /// </summary>
    public long ModelBytes =>
        Physical.Memmap.Bytes + Physical.Contents.StampBytes + Physical.Allocator.StackBytes + PageTables.Bytes
        + _mms.Sum(mm => mm.Pmds.Length * (long)(sizeof(ulong) + sizeof(int)));

    /// <summary>Every invariant violation found by recomputing all counts from the page tables and ledgers.</summary>
    public IReadOnlyList<string> CheckInvariants() => new InvariantChecker(this).Check();

    public void Dispose()
    {
        Physical.Dispose();
        PageTables.Dispose();
    }
}
