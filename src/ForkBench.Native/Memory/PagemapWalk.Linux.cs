using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace ForkBench.Native.Memory;

/// <summary>
/// Times a read of <c>/proc/self/pagemap</c> over the first bytes of a
/// buffer. The kernel answers it by walking the range's page tables and
/// looking at each present page's struct page (pagemap_pte_range() and
/// pte_to_pagemap_entry()): the memory fork() walks, without fork's copies,
/// atomics and page-table allocations. Why time it: on a VM, where a
/// buffer's page tables and struct pages happen to sit moves a fork of the
/// same size by 20% and more from one buffer to the next (and so from one
/// run to the next), and a walk over the same memory in the same round
/// moves with it. Fork time over walk time is the paired figure that
/// comparisons can trust (the <c>native/fork-per-walk/...</c> ids).
/// </summary>
internal sealed class PagemapWalk : IDisposable
{
    private const int EntryBytes = 8;

    private static readonly double NsPerTick = 1e9 / Stopwatch.Frequency;

    private readonly SafeFileHandle _pagemap;
    private readonly byte[] _entries;
    private readonly long _offset;

    private PagemapWalk(SafeFileHandle pagemap, nint address, long bytes)
    {
        _pagemap = pagemap;
        _entries = new byte[checked((int)(bytes / TestBuffer.PageSize * EntryBytes))];
        _offset = (long)((ulong)address / TestBuffer.PageSize * EntryBytes);
    }

    /// <summary>
    /// A walk over [address, address + bytes), or null with the reason when
    /// /proc/self/pagemap cannot be read here.
    /// </summary>
    public static PagemapWalk? TryOpen(nint address, long bytes, out string? reason)
    {
        try
        {
            var walk = new PagemapWalk(File.OpenHandle("/proc/self/pagemap", FileMode.Open, FileAccess.Read), address, bytes);
            walk.Walk();
            reason = null;
            return walk;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            reason = $"no fork-per-walk figure: /proc/self/pagemap cannot be read ({e.Message})";
            return null;
        }
    }

    /// <summary>One walk over the range, in nanoseconds.</summary>
    public double TimeNs()
    {
        long start = Stopwatch.GetTimestamp();
        Walk();
        return (Stopwatch.GetTimestamp() - start) * NsPerTick;
    }

    /// <summary>The entry of the range's page at <paramref name="pageIndex"/> as the last walk read it.</summary>
    public ulong Entry(long pageIndex) => BitConverter.ToUInt64(_entries, checked((int)(pageIndex * EntryBytes)));

    private void Walk()
    {
        int done = 0;
        while (done < _entries.Length)
        {
            int read = RandomAccess.Read(_pagemap, _entries.AsSpan(done), _offset + done);
            if (read <= 0)
                throw new IOException($"pagemap read stopped after {done} of {_entries.Length} bytes");
            done += read;
        }
    }

    public void Dispose() => _pagemap.Dispose();
}
