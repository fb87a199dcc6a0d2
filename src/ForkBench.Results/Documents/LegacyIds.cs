using ForkBench.Scenarios;

namespace ForkBench.Results.Documents;

/// <summary>
/// Ids as documents of earlier versions spelled them, read under today's
/// ids, so a committed baseline still compares with a new run. Each rule
/// renames; none changes what an id measures.
/// <list type="bullet">
/// <item>Model ids are lower case ("wrprotect=False" was written before).</item>
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

    /// <summary>The tail of a native point's id when the measurement lacks its scenario parameter; else null.</summary>
    private static string? NativeTail(Measurement m)
    {
        if (m.Parameters is null || m.Parameters.ContainsKey(ScenarioParameter) || !m.Id.StartsWith("native/", StringComparison.Ordinal))
            return null;
        string[] segments = Canonical(m.Id).Split('/', 3);
        if (segments.Length != 3)
            return null;
        try
        {
            return ProcessScenario.ParseTail(segments[2]).Tail == segments[2] ? segments[2] : null;
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
            return id.ToLowerInvariant();
        if (id.StartsWith("native/", StringComparison.Ordinal))
            return Native(id);
        return id;
    }

    private static string Native(string id)
    {
        string[] segments = id.Split('/');
        // native/<spawn>/<memory>/pin=<pin>/rss=<size>: anything else (floors) is unchanged.
        if (segments.Length != 5 || !segments[3].StartsWith("pin=", StringComparison.Ordinal) || !segments[4].StartsWith("rss=", StringComparison.Ordinal))
            return id;
        string memory = segments[2];
        if (memory.StartsWith("anon-mthp-", StringComparison.Ordinal) && memory.EndsWith('k')
            && int.TryParse(memory["anon-mthp-".Length..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int kib))
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
