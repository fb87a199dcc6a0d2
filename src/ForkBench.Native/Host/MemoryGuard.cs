namespace ForkBench.Native.Host;

/// <summary>
/// Refuses work that would push the machine into reclaim or the OOM killer:
/// a pinned fork copies every pinned page into the child at once.
/// </summary>
public static class MemoryGuard
{
    private const long GiB = 1024L * 1024 * 1024;

    /// <summary>Memory always left free: max(1 GiB, 10% of MemTotal).</summary>
    public static long DefaultMarginBytes(long memTotalBytes) => Math.Max(GiB, memTotalBytes / 10);

    /// <summary>Null when <paramref name="requiredBytes"/> fits in MemAvailable minus the margin, else the refusal.</summary>
    /// <param name="what">What would need the memory, for the message (e.g. an id).</param>
    public static string? Check(string what, long requiredBytes, long availableBytes, long marginBytes)
    {
        long usable = availableBytes - marginBytes;
        if (requiredBytes <= usable)
            return null;
        return $"refusing {what}: it needs about {Mib(requiredBytes)} MiB (buffer, pinned copy at fork, page tables) "
            + $"but MemAvailable is {Mib(availableBytes)} MiB and {Mib(marginBytes)} MiB stay free as a margin; "
            + "use smaller --sizes or free memory";
    }

    private static long Mib(long bytes) => bytes / (1024 * 1024);
}
