using ForkBench.Native;
using ForkBench.Native.IoUring;
using ForkBench.Native.Memory;

namespace ForkBench.LayoutHelper;

/// <summary>
/// One buffer of the helper: mapped with a PROT_NONE guard of 2 MiB on each
/// side (so the kernel never merges it with a neighbouring mapping of the
/// same flags and smaps shows it as one VMA of exactly its size), advised,
/// every page written, and pinned through its own io_uring when asked
/// (a ring registers one buffer table, so each pinned region has a ring).
/// </summary>
internal sealed class HeldRegion : IDisposable
{
    private const long Guard = 2 * 1024 * 1024;
    private const int ReadWrite = Interop.Libc.ProtRead | Interop.Libc.ProtWrite;

    private readonly MappedRegion _mapping;
    private IIoUring? _ring;

    private HeldRegion(HelperRegionKind kind, MappedRegion mapping, long bytes)
    {
        Kind = kind;
        _mapping = mapping;
        Bytes = bytes;
    }

    public HelperRegionKind Kind { get; }

    /// <summary>The buffer's first byte (2 MiB aligned), after the head guard.</summary>
    public nint Address => _mapping.Address + (nint)Guard;

    public long Bytes { get; }

    public static HeldRegion Create(HelperRegionKind kind, long bytes, IIoUringOpener opener)
    {
        long total = bytes + 2 * Guard;
        MappedRegion mapping = kind == HelperRegionKind.Shared
            ? MappedRegion.Map(total, ReadWrite, Interop.Libc.MapShared | Interop.Libc.MapAnonymous)
            : MappedRegion.MapAligned(total, Guard, ReadWrite, Interop.Libc.MapPrivate | Interop.Libc.MapAnonymous);
        var region = new HeldRegion(kind, mapping, bytes);
        try
        {
            region.Prepare(opener);
            return region;
        }
        catch
        {
            region.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_ring is { } ring)
        {
            ring.UnregisterBuffers();
            ring.Dispose();
            _ring = null;
        }
        _mapping.Dispose();
    }

    private void Prepare(IIoUringOpener opener)
    {
        Interop.Libc.Mprotect(_mapping.Address, (nuint)Guard, 0);
        Interop.Libc.Mprotect(Address + (nint)Bytes, (nuint)Guard, 0);
        if (Kind != HelperRegionKind.Shared)
        {
            bool huge = Kind is HelperRegionKind.PlainThp or HelperRegionKind.PinnedThp;
            Interop.Libc.Madvise(Address, (nuint)Bytes, huge ? Interop.Libc.MadvHugePage : Interop.Libc.MadvNoHugePage);
        }
        if (Kind == HelperRegionKind.DontFork)
            Interop.Libc.Madvise(Address, (nuint)Bytes, Interop.Libc.MadvDontFork);
        if (Kind == HelperRegionKind.WipeOnFork)
            Interop.Libc.Madvise(Address, (nuint)Bytes, Interop.Libc.MadvWipeOnFork);
        WriteEveryPage();
        if (Kind is HelperRegionKind.Pinned4K or HelperRegionKind.PinnedThp)
        {
            _ring = opener.Open();
            _ring.RegisterBuffers(Address, Bytes);
        }
    }

    private unsafe void WriteEveryPage()
    {
        byte* start = (byte*)Address;
        for (long offset = 0; offset < Bytes; offset += TestBuffer.PageSize)
            start[offset] = 1;
    }
}
