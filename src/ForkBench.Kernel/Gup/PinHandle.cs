using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Gup;

/// <summary>
/// A set of pages pinned with FOLL_PIN (what an io_uring fixed buffer or an
/// RDMA registration holds): the frames a device would DMA to.
/// </summary>
public sealed class PinHandle
{
    public MmStruct Mm { get; }

    public long Address { get; }

    /// <summary>The frame pinned for each page, in address order: the DMA targets.</summary>
    public IReadOnlyList<long> Frames { get; }

    public bool Released { get; internal set; }

    internal PinHandle(MmStruct mm, long address, long[] frames)
    {
        Mm = mm;
        Address = address;
        Frames = frames;
    }
}
