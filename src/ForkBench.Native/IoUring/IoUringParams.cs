using System.Runtime.InteropServices;

namespace ForkBench.Native.IoUring;

/// <summary>struct io_uring_params (include/uapi/linux/io_uring.h), 120 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct IoUringParams
{
    /// <summary>IORING_FEAT_SINGLE_MMAP: the SQ and CQ rings share one mapping.</summary>
    public const uint FeatureSingleMmap = 1;

    public uint SqEntries;
    public uint CqEntries;
    public uint Flags;
    public uint SqThreadCpu;
    public uint SqThreadIdle;
    public uint Features;
    public uint WqFd;
    public fixed uint Reserved[3];
    public IoSqringOffsets SqOffsets;
    public IoCqringOffsets CqOffsets;
}
