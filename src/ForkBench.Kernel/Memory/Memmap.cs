using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ForkBench.Kernel.Memory;

/// <summary>
/// The memmap: one <see cref="StructPage"/> per frame in a single
/// cache-line-aligned native array indexed by frame number, as
/// <c>pfn_to_page()</c> indexes the kernel's vmemmap (and, like it, on huge
/// pages where the host allows: <see cref="HugePageBacking"/>). Native
/// memory keeps the array out of the GC heap and fixed in place, so hot
/// loops can hold refs.
/// </summary>
public sealed unsafe class Memmap : IDisposable
{
    private StructPage* _pages;

    public long FrameCount { get; }

    public Memmap(long frameCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameCount);
        FrameCount = frameCount;
        nuint bytes = checked((nuint)frameCount * StructPage.Size);
        _pages = (StructPage*)HugePageBacking.Allocate(bytes, StructPage.Size);
        NativeMemory.Clear(_pages, bytes);
    }

    /// <summary>pfn_to_page(): the struct page of a frame.</summary>
    public ref StructPage this[long pfn]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((ulong)pfn >= (ulong)FrameCount)
                ThrowOutOfRange(pfn);
            return ref _pages[pfn];
        }
    }

    /// <summary>The array's first struct page, for <see cref="PhysicalMemory"/>'s own accessor.</summary>
    internal StructPage* Base => _pages;

    /// <summary>Bytes this array occupies.</summary>
    public long Bytes => FrameCount * StructPage.Size;

    public void Dispose()
    {
        if (_pages != null)
        {
            HugePageBacking.Free(_pages);
            _pages = null;
        }
    }

    internal static void ThrowOutOfRange(long pfn) =>
        throw new ArgumentOutOfRangeException(nameof(pfn), pfn, "frame number outside the memmap");
}
