namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Reader-facing names of the native scenarios, keyed by the measurement id
/// without its size ("native/fork/anon-4k/pin=io_uring"). Unknown ids keep
/// their own text, so a new scenario still shows up.
/// </summary>
public static class NativeScenarioLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["native/fork/anon-4k/pin=none"] = "4 KiB",
        ["native/fork/anon-4k/pin=io_uring"] = "4 KiB pinned",
        ["native/fork/anon-4k/pin=io_uring-half"] = "4 KiB half pinned",
        ["native/fork/anon-4k/pin=io_uring-1of64"] = "4 KiB 1/64 pinned",
        ["native/fork/anon-4k/pin=io_uring-unregistered"] = "sticky (pin, unpin)",
        ["native/fork/anon-4k-dontfork/pin=io_uring"] = "pinned + DONTFORK",
        ["native/fork/anon-4k-wipeonfork/pin=io_uring"] = "pinned + WIPEONFORK",
        ["native/fork/shared-anon/pin=io_uring"] = "MAP_SHARED pinned",
        ["native/fork/shared-anon/pin=none"] = "MAP_SHARED",
        ["native/fork/file-private/pin=none"] = "file private",
        ["native/fork/anon-thp/pin=none"] = "THP",
        ["native/fork/anon-thp/pin=io_uring"] = "THP pinned",
        ["native/fork/file-private/pin=io_uring"] = "file private pinned",
        ["native/vfork/anon-4k/pin=none"] = "vfork",
        ["native/vfork/anon-4k/pin=io_uring"] = "vfork, pinned",
    };

    /// <summary>The scenarios the ASCII chart draws, when present.</summary>
    public static IReadOnlyList<string> Chart { get; } = ["4 KiB", "4 KiB pinned", "sticky (pin, unpin)", "THP", "THP pinned", "pinned + DONTFORK"];

    public static string For(string idWithoutSize) =>
        Labels.TryGetValue(idWithoutSize, out string? label) ? label : idWithoutSize.Replace("native/", "", StringComparison.Ordinal);
}
