using System.Runtime.InteropServices;

namespace ForkBench.Native;

/// <summary>An owned file descriptor (pidfd, io_uring instance), closed on release.</summary>
internal sealed class FileDescriptorHandle : SafeHandle
{
    public FileDescriptorHandle(int fd)
        : base(invalidHandleValue: -1, ownsHandle: true) => SetHandle(fd);

    public override bool IsInvalid => handle < 0;

    /// <summary>The raw descriptor, for syscalls that take it by value.</summary>
    public int Fd => (int)handle;

    protected override bool ReleaseHandle() => Interop.Libc.Close((int)handle);
}
