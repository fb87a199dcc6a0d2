using ForkBench.Scenarios;

namespace ForkBench.LayoutHelper;

/// <summary>The regions asked for on the command line, in order: <c>--pinned-4k 64M --shared 16M</c>.</summary>
public sealed record HelperOptions(IReadOnlyList<(HelperRegionKind Kind, long Bytes)> Regions)
{
    /// <summary>The option of each kind, as tests and the usage text spell it.</summary>
    public static IReadOnlyDictionary<string, HelperRegionKind> Options { get; } = new Dictionary<string, HelperRegionKind>(StringComparer.Ordinal)
    {
        ["--plain-4k"] = HelperRegionKind.Plain4K,
        ["--plain-thp"] = HelperRegionKind.PlainThp,
        ["--pinned-4k"] = HelperRegionKind.Pinned4K,
        ["--pinned-thp"] = HelperRegionKind.PinnedThp,
        ["--dontfork"] = HelperRegionKind.DontFork,
        ["--wipeonfork"] = HelperRegionKind.WipeOnFork,
        ["--shared"] = HelperRegionKind.Shared,
    };

    public static string Usage =>
        "usage: ForkBench.LayoutHelper [" + string.Join("] [", Options.Keys.Select(o => o + " SIZE")) + "]  (SIZE: 64M, 1G, a multiple of 2 MiB)";

    /// <exception cref="FormatException">An unknown option, a missing or bad size.</exception>
    public static HelperOptions Parse(IReadOnlyList<string> args)
    {
        var regions = new List<(HelperRegionKind, long)>();
        for (int i = 0; i < args.Count; i += 2)
        {
            if (!Options.TryGetValue(args[i], out HelperRegionKind kind))
                throw new FormatException($"unknown option '{args[i]}'");
            if (i + 1 >= args.Count)
                throw new FormatException($"{args[i]} needs a size");
            long bytes = ByteSize.Parse(args[i + 1]);
            // Whole PMDs: a THP region is then all huge pages, and every
            // region's bytes are exact in smaps.
            if (bytes % (2 * ByteSize.MiB) != 0)
                throw new FormatException($"{args[i]} {args[i + 1]}: not a multiple of 2 MiB");
            regions.Add((kind, bytes));
        }
        return new HelperOptions(regions);
    }
}
