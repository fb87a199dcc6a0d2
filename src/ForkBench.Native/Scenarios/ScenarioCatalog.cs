using ForkBench.Scenarios;

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
        ProcessScenario anon4K = new(), thp = new() { Folio = FolioSize.Thp };
        ProcessScenario shared = new() { Mapping = MappingKind.AnonShared }, file = new() { Mapping = MappingKind.FilePrivate };
        // A 2 MiB folio faulted in through its sysfs knob is PMD-mapped THP: the anon-thp scenarios measure it.
        IEnumerable<ProcessScenario> Mthp() => mthpSizesKiB.Where(kib => kib < 2048).Select(kib => new ProcessScenario { Folio = FolioSize.PteMapped(kib) });
        var list = new List<NativeScenario>
        {
            new(SpawnKind.Fork, anon4K),
            // One page per PTE table: fork reads 512 entries for each one it copies, which prices a PTE read apart from a present page's work.
            new(SpawnKind.Fork, anon4K with { Touched = PinShare.Every(512) }),
            new(SpawnKind.Fork, thp),
            new(SpawnKind.Fork, shared),
            new(SpawnKind.Fork, file),
            new(SpawnKind.VforkClone, anon4K),
        };
        list.AddRange(Mthp().Select(m => new NativeScenario(SpawnKind.Fork, m)));
        list.AddRange(
        [
            new(SpawnKind.Fork, anon4K with { Pins = PinShare.All, UnpinBeforeFork = true }),
            new(SpawnKind.Fork, anon4K with { Pins = PinShare.All }),
            new(SpawnKind.Fork, anon4K with { Pins = PinShare.First(2) }),
            new(SpawnKind.Fork, anon4K with { Pins = PinShare.First(64) }),
            new(SpawnKind.Fork, anon4K with { Pins = PinShare.All, Advice = ForkAdvice.DontFork }),
            new(SpawnKind.Fork, anon4K with { Pins = PinShare.All, Advice = ForkAdvice.WipeOnFork }),
            new(SpawnKind.Fork, shared with { Pins = PinShare.All }),
            new(SpawnKind.Fork, file with { Pins = PinShare.All }),
            new(SpawnKind.Fork, thp with { Pins = PinShare.All }),
            new(SpawnKind.VforkClone, anon4K with { Pins = PinShare.All }),
        ]);
        list.AddRange(Mthp().Select(m => new NativeScenario(SpawnKind.Fork, m with { Pins = PinShare.All })));
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
