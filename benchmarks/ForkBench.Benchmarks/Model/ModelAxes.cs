using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The model benchmarks' scenario parameters, spelled as the scenario
/// vocabulary spells them, and the process each combination describes.
/// Layout: a folio token ("4k", "thp", "64k", "2m-pte"). Pins: a pin token
/// ("none", "all", "every-64th", "every-1024th", "unpinned-all") or
/// "refs-every-64th" (false positives: 1024 ordinary references on every
/// 64th page, nothing pinned). Mapping: "anon", "shared-anon", "file-private".
/// </summary>
public static class ModelAxes
{
    public const string Small = "4k", Thp = "thp", Mthp64K = "64k", Pte2M = "2m-pte";

    public const string NoPins = "none", AllPinned = "all", Every64th = "every-64th", Every1024th = "every-1024th", Unpinned = "unpinned-all";

    /// <summary>Nothing pinned; every 64th page holds 1024 ordinary references.</summary>
    public const string Refs64th = "refs-every-64th";

    public const string Anon = "anon", SharedAnon = "shared-anon", FilePrivate = "file-private";

    public static IReadOnlyList<string> AllPinValues { get; } = [NoPins, Every1024th, Every64th, AllPinned, Unpinned, Refs64th];

    public static IReadOnlyList<string> AllMappings { get; } = [Anon, SharedAnon, FilePrivate];

    /// <summary>The process a benchmark's parameters describe (its size comes from the method).</summary>
    /// <exception cref="ArgumentException">A value outside the lists above.</exception>
    public static ProcessScenario Process(string layout = Small, string pins = NoPins, string mapping = Anon)
    {
        try
        {
            var process = new ProcessScenario
            {
                Folio = FolioSize.Parse(layout),
                Mapping = mapping switch
                {
                    Anon => MappingKind.AnonPrivate,
                    SharedAnon => MappingKind.AnonShared,
                    FilePrivate => MappingKind.FilePrivate,
                    _ => throw new FormatException($"unknown mapping '{mapping}'"),
                },
            };
            if (pins == Refs64th)
                return process with { FalsePositives = PinShare.Every(64) };
            bool unpinned = pins.StartsWith("unpinned-", StringComparison.Ordinal);
            return process with { Pins = PinShare.Parse(unpinned ? pins["unpinned-".Length..] : pins), UnpinBeforeFork = unpinned };
        }
        catch (FormatException e)
        {
            throw new ArgumentException(e.Message, e);
        }
    }
}
