namespace ForkBench.Native.Scenarios;

/// <summary>How much of the buffer is pinned (io_uring fixed buffers, FOLL_PIN|FOLL_LONGTERM) at fork.</summary>
public enum PinKind
{
    None,

    /// <summary>The whole buffer.</summary>
    All,

    /// <summary>The first half.</summary>
    Half,

    /// <summary>The first 1/64.</summary>
    OneIn64,

    /// <summary>
    /// The whole buffer registered and unregistered again: nothing is pinned,
    /// but the mm keeps MMF_HAS_PINNED (sticky), so the cost is the gate alone.
    /// </summary>
    Sticky,
}
