using ForkBench.Scenarios;

namespace ForkBench.Results.Documents;

/// <summary>
/// Ids as documents of earlier versions spelled them, read under today's
/// ids, so a committed baseline still compares with a new run. Each rule
/// renames; none changes what an id measures.
/// <list type="bullet">
/// <item>Model ids are lower case ("wrprotect=False" was written before).</item>
/// <item>Model ids of cases that fork a process end in its scenario tail:
/// <c>model/fork-layout/fork-1gib/layout=thp-pmd/pins=all/variant=v5.8</c> is
/// <c>model/fork-layout/v5.8/anon-thp/pin=all/rss=1gib</c>; "1in64" pins
/// were every 64th page, "was-pinned" is unpinned-all, "refs-1in64" is
/// refs=every-64th.</item>
/// <item>Native ids end in the shared scenario tail:
/// <c>native/fork/anon-4k/pin=io_uring/rss=1024MiB</c> is
/// <c>native/fork/anon-4k/pin=all/rss=1gib</c>; <c>anon-mthp-64k</c> is
/// <c>anon-64k</c>; io_uring-half / -1of64 / -unregistered are
/// first-1of2 / first-1of64 / unpinned-all.</item>
/// </list>
/// </summary>
public static class LegacyIds
{
    private static readonly Dictionary<string, string> PinTokens = new(StringComparer.Ordinal)
    {
        ["io_uring"] = "all",
        ["io_uring-half"] = "first-1of2",
        ["io_uring-1of64"] = "first-1of64",
        ["io_uring-unregistered"] = "unpinned-all",
    };

    /// <summary>The parameter that names a measurement's scenario tail (<c>anon-4k/pin=all/rss=1gib</c>).</summary>
    public const string ScenarioParameter = "scenario";

    /// <summary>Whether <paramref name="m"/> was written under an older spelling or lacks its scenario parameter.</summary>
    public static bool NeedsUpgrade(Measurement m) => Canonical(m.Id) != m.Id || NativeTail(m) is not null;

    /// <summary>
    /// The measurement under today's id; a native point of an older document
    /// also gets the scenario parameter today's documents carry, so readers
    /// use parameters and never take ids apart.
    /// </summary>
    public static Measurement Upgrade(Measurement m)
    {
        var upgraded = m with { Id = Canonical(m.Id) };
        return NativeTail(upgraded) is { } tail
            ? upgraded with { Parameters = new Dictionary<string, string>(upgraded.Parameters, StringComparer.Ordinal) { [ScenarioParameter] = tail } }
            : upgraded;
    }

    /// <summary>
    /// The scenario tail of a native point's or a model case's id when the
    /// measurement lacks its scenario parameter; else null. Native ids are
    /// native/&lt;spawn&gt;/&lt;tail&gt;; model ids model/&lt;category&gt;/&lt;variant&gt;[/frames=...]/&lt;tail&gt;.
    /// </summary>
    private static string? NativeTail(Measurement m)
    {
        if (m.Parameters is null || m.Parameters.ContainsKey(ScenarioParameter))
            return null;
        string canonical = Canonical(m.Id);
        string[] segments = canonical.Split('/');
        int skip = segments[0] switch
        {
            "native" => 2,
            "model" when segments.Length > 3 => segments[3].StartsWith("frames=", StringComparison.Ordinal) ? 4 : 3,
            _ => -1,
        };
        if (skip < 0 || segments.Length <= skip)
            return null;
        string tail = string.Join('/', segments[skip..]);
        try
        {
            return ProcessScenario.ParseTail(tail).Tail == tail ? tail : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Today's spelling of <paramref name="id"/> (unchanged when it is already today's).</summary>
    public static string Canonical(string id)
    {
        if (id.StartsWith("model/", StringComparison.Ordinal))
            return Model(id.ToLowerInvariant());
        if (id.StartsWith("native/", StringComparison.Ordinal))
            return Native(id);
        return id;
    }

    private static readonly Dictionary<string, string> OldLayouts = new(StringComparer.Ordinal)
    {
        ["4k"] = "4k", ["thp-pmd"] = "thp", ["mthp-64k"] = "64k", ["folio-2m-pte"] = "2m-pte",
    };

    private static readonly Dictionary<string, MappingKind> OldMappings = new(StringComparer.Ordinal)
    {
        ["anon-private"] = MappingKind.AnonPrivate, ["anon-shared"] = MappingKind.AnonShared, ["file-private"] = MappingKind.FilePrivate,
    };

    /// <summary>model/&lt;category&gt;/&lt;method&gt;/layout=..../pins=.../variant=... (sizes in the method's name) to today's scenario id.</summary>
    private static string Model(string id)
    {
        string[] segments = id.Split('/');
        if (segments.Length < 4 || segments[2].Contains('=') || !segments.Any(s => s.StartsWith("variant=", StringComparison.Ordinal)))
            return id;
        var values = segments[3..].Select(s => s.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        string method = segments[2];
        string sizeText = method[(method.LastIndexOf('-') + 1)..];
        try
        {
            var process = new ProcessScenario
            {
                SizeBytes = ByteSize.Parse(sizeText),
                Folio = FolioSize.Parse(OldLayouts.GetValueOrDefault(values.GetValueOrDefault("layout", "4k"), "?")),
                Mapping = OldMappings.TryGetValue(values.GetValueOrDefault("mapping", "anon-private"), out MappingKind mapping) ? mapping : throw new FormatException(),
            };
            process = values.GetValueOrDefault("pins", "none") switch
            {
                "none" => process,
                "all" => process with { Pins = PinShare.All },
                "1in64" => process with { Pins = PinShare.Every(64) },
                "1in1024" => process with { Pins = PinShare.Every(1024) },
                "was-pinned" => process with { Pins = PinShare.All, UnpinBeforeFork = true },
                "refs-1in64" => process with { FalsePositives = PinShare.Every(64) },
                _ => throw new FormatException(),
            };
            string frames = values.GetValueOrDefault("placement", "contiguous") == "contiguous" ? "" : $"/frames={values["placement"]}";
            return $"model/{segments[1]}/{values["variant"]}{frames}/{process.Tail}";
        }
        catch (FormatException)
        {
            return id;
        }
    }

    private static string Native(string id)
    {
        string[] segments = id.Split('/');
        // native/<spawn>/<memory>/pin=<pin>/rss=<size>: anything else (floors) is unchanged.
        if (segments.Length != 5 || !segments[3].StartsWith("pin=", StringComparison.Ordinal) || !segments[4].StartsWith("rss=", StringComparison.Ordinal))
            return id;
        string memory = segments[2];
        if (memory.StartsWith("anon-mthp-", StringComparison.Ordinal) && memory.EndsWith('k')
            && int.TryParse(memory["anon-mthp-".Length..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int kib)
            // 2048 KiB through the knob was PMD THP, beside anon-thp in the same run: its old id stays apart.
            && kib < 2048)
            memory = "anon-" + FolioSize.PteMapped(kib).Token;
        string pin = segments[3]["pin=".Length..];
        pin = PinTokens.GetValueOrDefault(pin, pin);
        string size = segments[4]["rss=".Length..];
        try
        {
            size = ByteSize.Token(ByteSize.Parse(size));
        }
        catch (FormatException)
        {
            return id;
        }
        return $"{segments[0]}/{segments[1]}/{memory}/pin={pin}/rss={size}";
    }
}
