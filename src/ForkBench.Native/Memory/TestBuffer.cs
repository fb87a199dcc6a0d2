using ForkBench.Scenarios;

namespace ForkBench.Native.Memory;

/// <summary>
/// The memory a scenario forks with: a mapping, every page it touches
/// written once, and how much of it ended up in the intended large folios.
/// </summary>
internal sealed class TestBuffer : IDisposable
{
    public const int PageSize = 4096;

    public TestBuffer(MappedRegion region, double? hugePageCoverage = null, string? coverageSource = null)
    {
        Region = region;
        HugePageCoverage = hugePageCoverage;
        CoverageSource = coverageSource;
    }

    public MappedRegion Region { get; }

    public nint Address => Region.Address;

    public long Length => Region.Length;

    /// <summary>Fraction of the buffer in folios of the intended size (THP/mTHP kinds only).</summary>
    public double? HugePageCoverage { get; init; }

    /// <summary>Where <see cref="HugePageCoverage"/> was read from.</summary>
    public string? CoverageSource { get; init; }

    /// <summary>
    /// The pages the scenario writes: all, or one in N for a sparse mapping
    /// (the others are never faulted in, so their PTEs stay none).
    /// </summary>
    public PinShare Touched { get; init; } = PinShare.All;

    /// <summary>
    /// Writes one byte in every touched 4 KiB page: faults the buffer in
    /// (first call) or takes the parent's write faults after a fork (COW
    /// timing).
    /// </summary>
    public unsafe void WriteTouchedPages(byte value)
    {
        byte* start = (byte*)Address;
        foreach (var (first, count) in Touched.Runs(Length / PageSize))
        {
            for (long page = first; page < first + count; page++)
                start[page * PageSize] = value;
        }
    }

    /// <summary>
    /// Faults the touched pages in and writes <paramref name="value"/> in
    /// each. The kernel first faults every touched run in with one
    /// MADV_POPULATE_WRITE call (Linux 5.14+): the same fault handler as a
    /// write to each page (populate_vma_page_range() then handle_mm_fault()),
    /// so the same folios and page tables, without a trap per page. On this
    /// project's VM a 1 GiB buffer of 4 KiB pages took 0.33 s that way against
    /// 0.49 s page by page, and a 1 GiB point whose fork only copies page
    /// tables makes four such buffers. Where
    /// the advice is unknown (EINVAL on an older kernel) the writes fault the
    /// pages in as before.
    /// </summary>
    public void FaultIn(byte value)
    {
        foreach (var (first, count) in Touched.Runs(Length / PageSize))
        {
            if (Interop.Libc.TryMadvise(Address + (nint)(first * PageSize), (nuint)(count * PageSize), Interop.Libc.MadvPopulateWrite) != 0)
                break;
        }
        WriteTouchedPages(value);
    }

    /// <summary>Reads back the byte <see cref="WriteTouchedPages"/> wrote at a page.</summary>
    public unsafe byte ReadPage(long pageIndex) => ((byte*)Address)[pageIndex * PageSize];

    public void Dispose() => Region.Dispose();
}
