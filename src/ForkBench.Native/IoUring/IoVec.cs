using System.Runtime.InteropServices;

namespace ForkBench.Native.IoUring;

/// <summary>struct iovec: one fixed buffer for IORING_REGISTER_BUFFERS.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct IoVec
{
    public nint Base;
    public nuint Length;
}
