using System.Runtime.InteropServices;

namespace ForkBench.Native.Memory;

/// <summary>
/// An mmap'd range owned by this process, unmapped on release (also by the
/// finalizer, so an exception or Ctrl-C never leaks a gigabyte mapping).
/// </summary>
internal sealed class MappedRegion : SafeHandle
{
    private MappedRegion(nint address, long length)
        : base(invalidHandleValue: 0, ownsHandle: true)
    {
        Length = length;
        SetHandle(address);
    }

    public long Length { get; }

    public nint Address => handle;

    public override bool IsInvalid => handle == 0;

    /// <summary>Maps <paramref name="length"/> bytes; fd -1 means anonymous memory.</summary>
    public static MappedRegion Map(long length, int protection, int flags, int fd = -1, long offset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        nint address = Interop.Libc.Mmap((nuint)length, protection, flags, fd, offset);
        return new MappedRegion(address, length);
    }

    /// <summary>
    /// Maps anonymous memory starting on an <paramref name="alignment"/>
    /// boundary (2 MiB, so THPs can back the whole range) by mapping more and
    /// unmapping the unaligned head and tail.
    /// </summary>
    public static MappedRegion MapAligned(long length, long alignment, int protection, int flags)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        long padded = length + alignment;
        nint raw = Interop.Libc.Mmap((nuint)padded, protection, flags | Interop.Libc.MapAnonymous);
        nint aligned = (nint)(((long)raw + alignment - 1) / alignment * alignment);
        long head = aligned - raw;
        long tail = padded - head - length;
        if (head > 0)
            Interop.Libc.Munmap(raw, (nuint)head);
        if (tail > 0)
            Interop.Libc.Munmap(aligned + (nint)length, (nuint)tail);
        return new MappedRegion(aligned, length);
    }

    public unsafe Span<byte> AsSpan(long offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Length);
        return new Span<byte>((byte*)handle + offset, length);
    }

    protected override bool ReleaseHandle() => Interop.Libc.Munmap(handle, (nuint)Length);
}
