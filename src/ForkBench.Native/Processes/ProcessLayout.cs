using ForkBench.Native.Host;

namespace ForkBench.Native.Processes;

/// <summary>
/// A live process's memory as fork() sees it, read from /proc without
/// stopping or tracing it: every VMA with its kind, resident folios, fork
/// advice, pinned bytes and closest scenario; the pins no range explains;
/// and every assumption the reading made.
/// </summary>
public sealed record ProcessLayout
{
    public required int Pid { get; init; }

    /// <summary>The command name from status (at most 15 characters).</summary>
    public string Name { get; init; } = "";

    public ProcessStatus Status { get; init; } = new();

    public KernelFacts Kernel { get; init; } = KernelFacts.Unknown;

    public IReadOnlyList<VmaLayout> Vmas { get; init; } = [];

    /// <summary>The io_uring descriptors found and their buffer tables.</summary>
    public IReadOnlyList<IoUringRing> Rings { get; init; } = [];

    /// <summary>Pages the io_uring buffers pin, counted once however many buffers or rings pin them.</summary>
    public long IoUringPinnedBytes { get; init; }

    /// <summary>
    /// VmPin minus what the io_uring rings account for: pins whose place is
    /// unknown (RDMA, GPU, vfio); 0 when io_uring explains all of VmPin,
    /// null when VmPin could not be read.
    /// </summary>
    public long? UnplacedPinnedBytes { get; init; }

    public IReadOnlyList<LayoutWarning> Warnings { get; init; } = [];

    /// <summary>Pinned bytes placed in VMAs.</summary>
    public long PlacedPinnedBytes => Vmas.Sum(v => v.PinnedBytes);
}
