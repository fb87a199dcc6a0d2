using System.Runtime.InteropServices;

namespace ForkBench.Native.IoUring;

/// <summary>struct io_uring_cqe (include/uapi/linux/io_uring.h), 16 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct IoUringCqe
{
    public ulong UserData;
    public int Result;
    public uint Flags;
}
