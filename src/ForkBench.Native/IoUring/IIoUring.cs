namespace ForkBench.Native.IoUring;

/// <summary>An io_uring instance used to pin memory as fixed buffers.</summary>
public interface IIoUring : IDisposable
{
    /// <summary>
    /// IORING_REGISTER_BUFFERS over [address, address+length), as as many
    /// iovecs of at most 1 GiB as it takes. Pins every page (FOLL_PIN|FOLL_LONGTERM).
    /// Throws <see cref="ErrnoException"/> on failure.
    /// </summary>
    void RegisterBuffers(nint address, long length);

    /// <summary>IORING_UNREGISTER_BUFFERS: unpins them (the mm stays marked as having pinned).</summary>
    void UnregisterBuffers();
}
