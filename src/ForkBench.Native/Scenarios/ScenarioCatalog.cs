namespace ForkBench.Native.Scenarios;

/// <summary>
/// The scenarios a sweep runs, in order. Unpinned ones come first: the first
/// pin sets MMF_HAS_PINNED on the process for good, and the unpinned numbers
/// should be those of a process that never pinned.
/// </summary>
public static class ScenarioCatalog
{
    /// <summary>Every default scenario, plus unpinned and pinned mTHP scenarios for each size in <paramref name="mthpSizesKiB"/>.</summary>
    public static IReadOnlyList<NativeScenario> Default(IReadOnlyList<int> mthpSizesKiB)
    {
        var list = new List<NativeScenario>
        {
            new(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.None),
            new(SpawnKind.Fork, MemoryKind.AnonThp, PinKind.None),
            new(SpawnKind.Fork, MemoryKind.SharedAnon, PinKind.None),
            new(SpawnKind.Fork, MemoryKind.FilePrivate, PinKind.None),
            new(SpawnKind.VforkClone, MemoryKind.Anon4K, PinKind.None),
        };
        list.AddRange(mthpSizesKiB.Select(kib => new NativeScenario(SpawnKind.Fork, MemoryKind.AnonMthp, PinKind.None, kib)));
        list.AddRange(
        [
            new(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.Sticky),
            new(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.All),
            new(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.Half),
            new(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.OneIn64),
            new(SpawnKind.Fork, MemoryKind.Anon4KDontFork, PinKind.All),
            new(SpawnKind.Fork, MemoryKind.Anon4KWipeOnFork, PinKind.All),
            new(SpawnKind.Fork, MemoryKind.SharedAnon, PinKind.All),
            new(SpawnKind.Fork, MemoryKind.FilePrivate, PinKind.All),
            new(SpawnKind.Fork, MemoryKind.AnonThp, PinKind.All),
            new(SpawnKind.VforkClone, MemoryKind.Anon4K, PinKind.All),
        ]);
        list.AddRange(mthpSizesKiB.Select(kib => new NativeScenario(SpawnKind.Fork, MemoryKind.AnonMthp, PinKind.All, kib)));
        return list;
    }

    /// <summary>
    /// Whether a --filter glob (* and ?) selects the point <paramref name="id"/>
    /// of <paramref name="scenario"/>: it matches the id that --list prints
    /// (<c>native/fork/anon-4k/pin=io_uring/rss=64MiB</c>, <c>*rss=64MiB</c>),
    /// or the scenario's id without the size (every size of it). Case is
    /// ignored, so an id typed in lower case still matches.
    /// </summary>
    public static bool Selects(string pattern, NativeScenario? scenario, string id) =>
        GlobMatch(pattern, id) || (scenario is not null && GlobMatch(pattern, scenario.Key));

    public static bool GlobMatch(string pattern, string text)
    {
        string regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal)
            .Replace(@"\?", ".", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(text, regex,
            System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }
}
