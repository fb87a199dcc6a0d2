using ForkBench.Native.Memory;

namespace ForkBench.Native.IoUring;

/// <summary>
/// The submission and completion rings of an <see cref="IoUringInstance"/>,
/// mapped so that one request can be submitted and waited for. Used to check
/// where a fixed buffer's pin points after fork (as the kernel's own
/// tools/testing/selftests/mm/cow.c does), not in the timed path.
/// </summary>
internal sealed unsafe class IoUringRing : IDisposable
{
    private const long OffSqRing = 0;
    private const long OffCqRing = 0x8000000;
    private const long OffSqes = 0x10000000;
    private const int SharedReadWrite = Interop.Libc.MapShared;
    private const int ReadWrite = Interop.Libc.ProtRead | Interop.Libc.ProtWrite;

    private readonly IoUringInstance _instance;
    private readonly MappedRegion _sqRing;
    private readonly MappedRegion? _cqRing;
    private readonly MappedRegion _sqes;

    public IoUringRing(IoUringInstance instance)
    {
        _instance = instance;
        IoUringParams p = instance.Parameters;
        long sqSize = p.SqOffsets.Array + p.SqEntries * sizeof(uint);
        long cqSize = p.CqOffsets.Cqes + p.CqEntries * sizeof(IoUringCqe);
        bool single = (p.Features & IoUringParams.FeatureSingleMmap) != 0;
        int fd = instance.Ring.Fd;
        _sqRing = MappedRegion.Map(single ? Math.Max(sqSize, cqSize) : sqSize, ReadWrite, SharedReadWrite, fd, OffSqRing);
        _cqRing = single ? null : MappedRegion.Map(cqSize, ReadWrite, SharedReadWrite, fd, OffCqRing);
        _sqes = MappedRegion.Map(p.SqEntries * sizeof(IoUringSqe), ReadWrite, SharedReadWrite, fd, OffSqes);
    }

    /// <summary>
    /// IORING_OP_WRITE_FIXED of <paramref name="length"/> bytes at
    /// <paramref name="address"/> (inside registered buffer
    /// <paramref name="bufferIndex"/>) to <paramref name="fd"/> at
    /// <paramref name="fileOffset"/>. Returns the completion's result
    /// (bytes written, or -errno).
    /// </summary>
    public int WriteFixed(int fd, nint address, uint length, ushort bufferIndex, long fileOffset)
    {
        IoUringParams p = _instance.Parameters;
        byte* sq = (byte*)_sqRing.Address;
        uint* sqTail = (uint*)(sq + p.SqOffsets.Tail);
        uint sqMask = *(uint*)(sq + p.SqOffsets.RingMask);
        uint tail = *sqTail;
        uint index = tail & sqMask;

        IoUringSqe* sqe = (IoUringSqe*)_sqes.Address + index;
        *sqe = new IoUringSqe
        {
            Opcode = IoUringSqe.OpWriteFixed,
            Fd = fd,
            Offset = (ulong)fileOffset,
            Address = (ulong)address,
            Length = length,
            BufferIndex = bufferIndex,
            UserData = 0x466f726b,
        };
        ((uint*)(sq + p.SqOffsets.Array))[index] = index;
        // The kernel reads the tail with acquire semantics; publish the entry first.
        Volatile.Write(ref *sqTail, tail + 1);

        Interop.Libc.IoUringEnter(_instance.Ring, toSubmit: 1, minComplete: 1, Interop.Libc.IoRingEnterGetEvents);
        return ReapOne();
    }

    private int ReapOne()
    {
        IoUringParams p = _instance.Parameters;
        byte* cq = (byte*)(_cqRing ?? _sqRing).Address;
        uint* cqHead = (uint*)(cq + p.CqOffsets.Head);
        uint* cqTail = (uint*)(cq + p.CqOffsets.Tail);
        uint head = *cqHead;
        if (Volatile.Read(ref *cqTail) == head)
            throw new InvalidOperationException("io_uring_enter returned without a completion");
        uint mask = *(uint*)(cq + p.CqOffsets.RingMask);
        IoUringCqe cqe = ((IoUringCqe*)(cq + p.CqOffsets.Cqes))[head & mask];
        Volatile.Write(ref *cqHead, head + 1);
        return cqe.Result;
    }

    public void Dispose()
    {
        _sqes.Dispose();
        _cqRing?.Dispose();
        _sqRing.Dispose();
    }
}
