namespace ForkBench.Native.IoUring;

/// <summary>A real io_uring instance (io_uring_setup) used to pin buffers.</summary>
internal sealed class IoUringInstance : IIoUring
{
    /// <summary>The largest single fixed buffer many kernels accept (io_buffer_validate: SZ_1G).</summary>
    public const long MaxBufferBytes = 1L << 30;

    private IoUringParams _parameters;

    private IoUringInstance(FileDescriptorHandle ring, IoUringParams parameters)
    {
        Ring = ring;
        _parameters = parameters;
    }

    public FileDescriptorHandle Ring { get; }

    public IoUringParams Parameters => _parameters;

    /// <summary>io_uring_setup with <paramref name="entries"/> submission entries; throws <see cref="ErrnoException"/>.</summary>
    public static IoUringInstance Create(uint entries)
    {
        var parameters = default(IoUringParams);
        FileDescriptorHandle ring = Interop.Libc.IoUringSetup(entries, ref parameters);
        return new IoUringInstance(ring, parameters);
    }

    public unsafe void RegisterBuffers(nint address, long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        int count = (int)((length + MaxBufferBytes - 1) / MaxBufferBytes);
        var iovecs = new IoVec[count];
        for (int i = 0; i < count; i++)
        {
            long offset = i * MaxBufferBytes;
            iovecs[i] = new IoVec { Base = address + (nint)offset, Length = (nuint)Math.Min(MaxBufferBytes, length - offset) };
        }
        fixed (IoVec* first = iovecs)
            Interop.Libc.IoUringRegister(Ring, Interop.Libc.IoRingRegisterBuffers, (nint)first, (uint)count);
    }

    public void UnregisterBuffers() =>
        Interop.Libc.IoUringRegister(Ring, Interop.Libc.IoRingUnregisterBuffers, 0, 0);

    /// <summary>Closing the ring also releases any buffers still registered.</summary>
    public void Dispose() => Ring.Dispose();
}
