using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel;

/// <summary>The size and behaviour of a modelled machine.</summary>
public sealed record MachineOptions
{
    /// <summary>Physical memory, rounded up to whole 2 MiB blocks.</summary>
    public long MemoryBytes { get; init; } = 256L << 20;

    public CopyVariant Variant { get; init; } = CopyVariant.PteBatching6_9;

    public FramePlacement Placement { get; init; } = FramePlacement.Contiguous;

    public int Seed { get; init; } = 1;

    /// <summary>Frames GFP_ATOMIC may take before it fails (the emergency reserve); unlimited by default.</summary>
    public long AtomicReserveFrames { get; init; } = long.MaxValue;

    public long MemcgLimitPages { get; init; } = long.MaxValue;

    public PageDataMode DataMode { get; init; } = PageDataMode.StampOnly;

    /// <summary>PTE tables available to all processes; 0 = enough for a parent and one child of the whole memory.</summary>
    public int PageTableCapacity { get; init; }

    /// <summary>Virtual address space of each process; 0 = twice the physical memory (at least 64 MiB).</summary>
    public long AddressSpaceBytes { get; init; }

    public int MaxVmasPerProcess { get; init; } = 16;

    internal long FrameCount => (MemoryBytes + Geometry.PmdSize - 1) / Geometry.PmdSize * FrameAllocator.BlockFrames;

    internal int EffectivePageTableCapacity =>
        PageTableCapacity > 0 ? PageTableCapacity : checked((int)(2 * (FrameCount / FrameAllocator.BlockFrames) + 64));

    internal long EffectiveAddressSpaceBytes =>
        AddressSpaceBytes > 0 ? AddressSpaceBytes : Math.Max(64L << 20, 2 * FrameCount * Geometry.PageSize);
}
