namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Reader-facing names of the native scenarios, keyed by spawn and scenario
/// tail without the size ("fork", "anon-4k/pin=all"). Unknown scenarios keep
/// their own text, so a new scenario still shows up.
/// </summary>
public static class NativeScenarioLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["fork anon-4k/pin=none"] = "4 KiB",
        ["fork anon-4k/pin=none/touch=every-512th"] = "4 KiB sparse 1/512",
        ["fork anon-4k/pin=all"] = "4 KiB pinned",
        ["fork anon-4k/pin=first-1of2"] = "4 KiB half pinned",
        ["fork anon-4k/pin=first-1of64"] = "4 KiB 1/64 pinned",
        ["fork anon-4k/pin=unpinned-all"] = "sticky (pin, unpin)",
        ["fork anon-4k-dontfork/pin=all"] = "pinned + DONTFORK",
        ["fork anon-4k-wipeonfork/pin=all"] = "pinned + WIPEONFORK",
        ["fork shared-anon/pin=all"] = "MAP_SHARED pinned",
        ["fork shared-anon/pin=none"] = "MAP_SHARED",
        ["fork file-private/pin=none"] = "file private",
        ["fork anon-thp/pin=none"] = "THP",
        ["fork anon-thp/pin=all"] = "THP pinned",
        ["fork file-private/pin=all"] = "file private pinned",
        ["vfork anon-4k/pin=none"] = "vfork",
        ["vfork anon-4k/pin=all"] = "vfork, pinned",
    };

    /// <summary>The scenarios the ASCII chart draws, when present.</summary>
    public static IReadOnlyList<string> Chart { get; } = ["4 KiB", "4 KiB pinned", "sticky (pin, unpin)", "THP", "THP pinned", "pinned + DONTFORK"];

    public static string For(string spawn, string tailWithoutSize) =>
        Labels.TryGetValue($"{spawn} {tailWithoutSize}", out string? label) ? label : $"{spawn} {tailWithoutSize}";
}
