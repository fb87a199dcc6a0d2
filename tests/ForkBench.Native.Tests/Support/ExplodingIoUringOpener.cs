using ForkBench.Native.IoUring;

namespace ForkBench.Native.Tests.Support;

/// <summary>An io_uring whose registration fails unexpectedly: a failure in the middle of a sweep.</summary>
public sealed class ExplodingIoUringOpener : IIoUringOpener
{
    public IIoUring Open() => new Exploding();

    private sealed class Exploding : IIoUring
    {
        public void RegisterBuffers(nint address, long length) => throw new NotSupportedException("registration exploded");

        public void UnregisterBuffers()
        {
        }

        public void Dispose()
        {
        }
    }
}
