namespace ForkBench.Native.IoUring;

/// <summary>
/// Opens io_uring instances. Injectable so that tests can force the failure
/// paths (ENOSYS, EPERM, seccomp) that decide which scenarios are skipped.
/// </summary>
public interface IIoUringOpener
{
    /// <summary>A new instance, or <see cref="IoUringUnavailableException"/> with a one-line reason.</summary>
    IIoUring Open();
}
