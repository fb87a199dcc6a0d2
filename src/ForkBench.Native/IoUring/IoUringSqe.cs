using System.Runtime.InteropServices;

namespace ForkBench.Native.IoUring;

/// <summary>
/// struct io_uring_sqe (include/uapi/linux/io_uring.h), 64 bytes: the fields
/// a read/write needs; the unions are represented by their first member.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 64)]
internal struct IoUringSqe
{
    /// <summary>IORING_OP_WRITE_FIXED: write from a registered buffer.</summary>
    public const byte OpWriteFixed = 5;

    public byte Opcode;
    public byte Flags;
    public ushort IoPriority;
    public int Fd;
    public ulong Offset;
    public ulong Address;
    public uint Length;
    public uint RwFlags;
    public ulong UserData;
    public ushort BufferIndex;
    public ushort Personality;
    public int SpliceFdIn;
    public ulong Address3;
    public ulong Pad2;
}
