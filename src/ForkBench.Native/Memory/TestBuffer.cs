namespace ForkBench.Native.Memory;

/// <summary>
/// The memory a scenario forks with: a mapping, every page of it written
/// once, and how much of it ended up in the intended large folios.
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
    /// Writes one byte in every 4 KiB page: faults the whole buffer in (first
    /// call) or takes the parent's write faults after a fork (COW timing).
    /// </summary>
    public unsafe void WriteEveryPage(byte value)
    {
        byte* start = (byte*)Address;
        for (long offset = 0; offset < Length; offset += PageSize)
            start[offset] = value;
    }

    /// <summary>Reads back the byte <see cref="WriteEveryPage"/> wrote at a page.</summary>
    public unsafe byte ReadPage(long pageIndex) => ((byte*)Address)[pageIndex * PageSize];

    public void Dispose() => Region.Dispose();
}
