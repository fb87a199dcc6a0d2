using System.Runtime.InteropServices;

namespace ForkBench.Native.IoUring;

/// <summary>struct io_sqring_offsets (include/uapi/linux/io_uring.h), 40 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct IoSqringOffsets
{
    public uint Head;
    public uint Tail;
    public uint RingMask;
    public uint RingEntries;
    public uint Flags;
    public uint Dropped;
    public uint Array;
    public uint Reserved1;
    public ulong UserAddress;
}
