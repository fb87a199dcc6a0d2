namespace ForkBench.Native.Processes;

/// <summary>
/// The folios of a VMA's resident memory as smaps lets one estimate them:
/// the PMD-mapped part (AnonHugePages, ShmemPmdMapped, FilePmdMapped) in
/// 2 MiB folios, everything else in 4 KiB pages. smaps has no per-size count
/// of PTE-mapped large folios (mTHP, large page-cache folios), so those are
/// counted as 4 KiB pages: an upper bound on the folios, and on fork's
/// per-folio work for kernels that batch a large folio's PTEs (6.9+).
/// </summary>
public readonly record struct FolioEstimate(long PmdMappedBytes, long SmallBytes)
{
    public const long PmdBytes = 2 * 1024 * 1024;
    public const long PageBytes = 4096;

    public long PmdFolios => PmdMappedBytes / PmdBytes;

    public long SmallFolios => SmallBytes / PageBytes;

    public long Folios => PmdFolios + SmallFolios;
}
