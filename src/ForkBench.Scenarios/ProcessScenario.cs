namespace ForkBench.Scenarios;

/// <summary>
/// A process's memory as the kernel sees it at fork(): one buffer of a
/// mapping kind and folio size, a pinned share with an explicit placement
/// (and whether it was unpinned again before the fork: the sticky
/// MMF_HAS_PINNED state), false-positive references (1024 ordinary
/// references make a small page look pinned), and DONTFORK / WIPEONFORK.
/// The model and native engines are both built from it, and its
/// <see cref="Tail"/> ends every id that measures it, so
/// <c>model/fork-layout/v5.8/anon-4k/pin=all/rss=1gib</c> and
/// <c>native/fork/anon-4k/pin=all/rss=1gib</c> pair by their tail.
/// </summary>
public sealed record ProcessScenario
{
    public MappingKind Mapping { get; init; } = MappingKind.AnonPrivate;

    public FolioSize Folio { get; init; } = FolioSize.Small;

    public long SizeBytes { get; init; } = 64 * ByteSize.MiB;

    /// <summary>Pages pinned with FOLL_PIN (io_uring fixed buffers in native mode).</summary>
    public PinShare Pins { get; init; } = PinShare.None;

    /// <summary>The pins are released before the fork: the mm keeps its sticky "has pinned" state with nothing pinned.</summary>
    public bool UnpinBeforeFork { get; init; }

    /// <summary>Pages holding 1024 ordinary references (no pin): they look pinned to the fuzzy small-page test.</summary>
    public PinShare FalsePositives { get; init; } = PinShare.None;

    public ForkAdvice Advice { get; init; }

    /// <summary>
    /// The pages written before the fork: all of them, or a sparse share
    /// (every 512th page: one per PTE table) whose other PTEs stay none.
    /// fork() still reads every entry of a table it copies, present or not,
    /// so a sparse mapping prices PTE reads apart from the work on present
    /// pages.
    /// </summary>
    public PinShare Touched { get; init; } = PinShare.All;

    public long Pages => SizeBytes / 4096;

    /// <summary>"anon-4k", "anon-thp", "anon-64k", "anon-4k-dontfork", "shared-anon", "file-private".</summary>
    public string MemoryToken => Mapping switch
    {
        MappingKind.AnonPrivate => $"anon-{Folio.Token}",
        MappingKind.AnonShared => "shared-anon",
        MappingKind.FilePrivate => "file-private",
        _ => "file-shared",
    } + Advice switch
    {
        ForkAdvice.DontFork => "-dontfork",
        ForkAdvice.WipeOnFork => "-wipeonfork",
        _ => "",
    };

    /// <summary>"none", "all", "first-1of64", "every-64th", or "unpinned-all" for pins released before the fork.</summary>
    public string PinToken => Pins.IsNone ? "none" : (UnpinBeforeFork ? "unpinned-" : "") + Pins.Token;

    /// <summary>
    /// The tail without the size: <c>anon-4k/pin=all</c>, with
    /// <c>/refs=every-64th</c> for false positives and <c>/touch=every-512th</c>
    /// for a sparse mapping.
    /// </summary>
    public string TailWithoutSize => $"{MemoryToken}/pin={PinToken}"
        + (FalsePositives.IsNone ? "" : $"/refs={FalsePositives.Token}")
        + (Touched == PinShare.All ? "" : $"/touch={Touched.Token}");

    /// <summary>The end of every id that measures this scenario: <c>anon-4k/pin=all/rss=1gib</c>.</summary>
    public string Tail => $"{TailWithoutSize}/rss={ByteSize.Token(SizeBytes)}";

    /// <summary>Null when the kernel can build this process, else why not.</summary>
    public string? Problem =>
        Mapping != MappingKind.AnonPrivate && Folio != FolioSize.Small ? "large folios are modelled for private anonymous memory only"
        : Advice != ForkAdvice.None && Mapping != MappingKind.AnonPrivate ? "DONTFORK / WIPEONFORK scenarios use private anonymous memory"
        : UnpinBeforeFork && Pins.IsNone ? "nothing is pinned, so nothing can be unpinned"
        : Touched.IsNone ? "nothing is touched, so there is no page table to copy (use a smaller size instead)"
        : Touched != PinShare.All && (Mapping != MappingKind.AnonPrivate || Folio != FolioSize.Small || !Pins.IsNone || !FalsePositives.IsNone || Advice != ForkAdvice.None)
            ? "a sparse mapping (touch=) is modelled for unpinned private anonymous 4 KiB pages without advice only"
        : SizeBytes <= 0 || SizeBytes % Folio.Bytes != 0 ? $"the size {ByteSize.Format(SizeBytes)} is not a whole number of {Folio.Token} folios"
        : null;

    /// <summary>Reads a tail back (<c>anon-4k/pin=all/rss=1gib</c>); the inverse of <see cref="Tail"/>.</summary>
    /// <exception cref="FormatException">Not a scenario tail.</exception>
    public static ProcessScenario ParseTail(string tail)
    {
        string[] segments = tail.Split('/');
        if (segments.Length < 3 || !segments[1].StartsWith("pin=", StringComparison.Ordinal) || !segments[^1].StartsWith("rss=", StringComparison.Ordinal))
            throw new FormatException($"'{tail}' is not a scenario (memory/pin=.../rss=...)");
        var scenario = ParseMemory(segments[0]) with { SizeBytes = ByteSize.Parse(segments[^1]["rss=".Length..]) };
        string pin = segments[1]["pin=".Length..];
        bool unpinned = pin.StartsWith("unpinned-", StringComparison.Ordinal);
        scenario = scenario with { Pins = PinShare.Parse(unpinned ? pin["unpinned-".Length..] : pin), UnpinBeforeFork = unpinned };
        foreach (string segment in segments[2..^1])
        {
            scenario = segment.StartsWith("refs=", StringComparison.Ordinal) ? scenario with { FalsePositives = PinShare.Parse(segment["refs=".Length..]) }
                : segment.StartsWith("touch=", StringComparison.Ordinal) ? scenario with { Touched = PinShare.Parse(segment["touch=".Length..]) }
                : throw new FormatException($"'{tail}': unknown segment '{segment}'");
        }
        return scenario;
    }

    private static ProcessScenario ParseMemory(string token)
    {
        ForkAdvice advice = token.EndsWith("-dontfork", StringComparison.Ordinal) ? ForkAdvice.DontFork
            : token.EndsWith("-wipeonfork", StringComparison.Ordinal) ? ForkAdvice.WipeOnFork
            : ForkAdvice.None;
        string memory = advice == ForkAdvice.None ? token : token[..token.LastIndexOf('-')];
        var scenario = memory switch
        {
            "shared-anon" => new ProcessScenario { Mapping = MappingKind.AnonShared },
            "file-private" => new ProcessScenario { Mapping = MappingKind.FilePrivate },
            "file-shared" => new ProcessScenario { Mapping = MappingKind.FileShared },
            _ when memory.StartsWith("anon-", StringComparison.Ordinal) => new ProcessScenario { Folio = FolioSize.Parse(memory["anon-".Length..]) },
            _ => throw new FormatException($"unknown memory '{token}' (anon-<folio>, shared-anon, file-private)"),
        };
        return scenario with { Advice = advice };
    }

    public override string ToString() => Tail;
}
