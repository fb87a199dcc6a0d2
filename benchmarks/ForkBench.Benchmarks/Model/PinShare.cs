namespace ForkBench.Benchmarks.Model;

/// <summary>
/// What the parent holds on its pages when it forks, as the "Pins"
/// parameter names it. Shares pin every n-th page (page index % n == 0), so
/// "1in64" pins exactly pages/64 pages, spread evenly over the mapping.
/// </summary>
public static class PinShare
{
    /// <summary>Nothing pinned, the mm never pinned.</summary>
    public const string None = "none";

    /// <summary>One page in 1024 pinned (FOLL_PIN).</summary>
    public const string OneIn1024 = "1in1024";

    /// <summary>One page in 64 pinned.</summary>
    public const string OneIn64 = "1in64";

    /// <summary>Every page pinned (an io_uring fixed buffer over the whole mapping).</summary>
    public const string All = "all";

    /// <summary>Every page pinned and then unpinned: the sticky has_pinned state with nothing pinned now.</summary>
    public const string WasPinned = "was-pinned";

    /// <summary>False positives: 1024 ordinary references (no pin) on one page in 64.</summary>
    public const string Refs1In64 = "refs-1in64";

    public static IReadOnlyList<string> AllValues { get; } = [None, OneIn1024, OneIn64, All, WasPinned, Refs1In64];

    /// <summary>The stride between pinned (or referenced) pages; 0 when none are.</summary>
    public static int Stride(string share) => share switch
    {
        None or WasPinned => 0,
        OneIn1024 => 1024,
        OneIn64 or Refs1In64 => 64,
        All => 1,
        _ => throw new ArgumentException($"unknown pin share '{share}'", nameof(share)),
    };

    /// <summary>True when pages are pinned with FOLL_PIN at fork time.</summary>
    public static bool PinsAtFork(string share) => share is OneIn1024 or OneIn64 or All;

    /// <summary>True when some page may look pinned at fork time (a pin or 1024 references), so a variant may copy it.</summary>
    public static bool MayCopyPages(string share) => PinsAtFork(share) || share == Refs1In64;

    /// <summary>How many of <paramref name="pages"/> pages are pinned (or referenced).</summary>
    public static long PagesHeld(string share, long pages)
    {
        int stride = Stride(share);
        return stride == 0 ? 0 : (pages + stride - 1) / stride;
    }
}
