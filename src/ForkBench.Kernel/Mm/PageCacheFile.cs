namespace ForkBench.Kernel.Mm;

/// <summary>
/// A file's (or shmem object's) page cache: the frame holding each page, or
/// -1. The cache holds one reference per page; pages stay cached after every
/// mapping is gone, until the file is dropped. Page-cache folios are small
/// in the model.
/// </summary>
public sealed class PageCacheFile
{
    private readonly long[] _frames;

    public int Id { get; }

    public bool IsShmem { get; }

    public long Pages => _frames.Length;

    internal PageCacheFile(int id, long pages, bool isShmem)
    {
        Id = id;
        IsShmem = isShmem;
        _frames = new long[pages];
        Array.Fill(_frames, -1L);
    }

    internal long FrameAt(long pageIndex) => _frames[pageIndex];

    internal void SetFrame(long pageIndex, long pfn) => _frames[pageIndex] = pfn;

    internal IEnumerable<long> CachedFrames => _frames.Where(f => f >= 0);
}
