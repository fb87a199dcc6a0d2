namespace ForkBench.Scenarios;

/// <summary>Where a pinned share lies in the buffer.</summary>
public enum PinPlacement
{
    /// <summary>The first 1/N of the buffer, one contiguous region (an io_uring fixed buffer or an RDMA registration covers one).</summary>
    First,

    /// <summary>Every N-th page, spread evenly (page index % N == 0).</summary>
    EveryNth,
}
