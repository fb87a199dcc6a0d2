using System.Runtime.InteropServices;

namespace ForkBench.Native.IoUring;

/// <summary>struct io_cqring_offsets (include/uapi/linux/io_uring.h), 40 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct IoCqringOffsets
{
    public uint Head;
    public uint Tail;
    public uint RingMask;
    public uint RingEntries;
    public uint Overflow;
    public uint Cqes;
    public uint Flags;
    public uint Reserved1;
    public ulong UserAddress;
}
