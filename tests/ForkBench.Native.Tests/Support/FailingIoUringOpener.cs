using ForkBench.Native.IoUring;

namespace ForkBench.Native.Tests.Support;

/// <summary>An opener that fails as a kernel without io_uring (or a seccomp filter) would.</summary>
public sealed class FailingIoUringOpener(string reason) : IIoUringOpener
{
    public IIoUring Open() => throw new IoUringUnavailableException(reason);
}
