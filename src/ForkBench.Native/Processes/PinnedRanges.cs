namespace ForkBench.Native.Processes;

/// <summary>
/// The pages io_uring buffers pin, as sorted disjoint ranges. A buffer pins
/// every page it touches (io_sqe_buffer_register() pins whole pages), so each
/// range is widened to 4 KiB boundaries; a page pinned by two buffers or two
/// rings counts once, which is what fork() sees: a page is pinned or not.
/// </summary>
public sealed class PinnedRanges
{
    private const ulong PageMask = 4096 - 1;

    private readonly List<(ulong Start, ulong End)> _ranges;

    private PinnedRanges(List<(ulong Start, ulong End)> ranges) => _ranges = ranges;

    public static PinnedRanges Empty { get; } = new([]);

    public IReadOnlyList<(ulong Start, ulong End)> Ranges => _ranges;

    public long TotalBytes => _ranges.Sum(r => (long)(r.End - r.Start));

    public static PinnedRanges From(IEnumerable<RegisteredBuffer> buffers)
    {
        var merged = new List<(ulong Start, ulong End)>();
        foreach ((ulong start, ulong end) in buffers
            .Where(b => b.Length > 0)
            .Select(b => (b.Address & ~PageMask, (b.End + PageMask) & ~PageMask))
            .OrderBy(r => r.Item1))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            else
                merged.Add((start, end));
        }
        return new PinnedRanges(merged);
    }

    /// <summary>Pinned bytes inside [start, end), and in how many separate runs they lie.</summary>
    public (long Bytes, int Runs) Within(ulong start, ulong end)
    {
        long bytes = 0;
        int runs = 0;
        foreach ((ulong s, ulong e) in _ranges)
        {
            ulong from = Math.Max(s, start), to = Math.Min(e, end);
            if (from >= to)
                continue;
            bytes += (long)(to - from);
            runs++;
        }
        return (bytes, runs);
    }
}
