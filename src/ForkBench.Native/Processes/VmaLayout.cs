using ForkBench.Scenarios;

namespace ForkBench.Native.Processes;

/// <summary>
/// One VMA as fork() sees it: its range and kind, the resident memory by
/// folio size, the flags that change the copy (DONTFORK, WIPEONFORK), the
/// pinned bytes inside it, and the closest ForkBench scenario. Byte counts
/// come from smaps (kB there, bytes here).
/// </summary>
public sealed record VmaLayout
{
    public required ulong Start { get; init; }

    public required ulong End { get; init; }

    /// <summary>"rw-p", "rw-s", ...</summary>
    public string Permissions { get; init; } = "";

    /// <summary>The file path, "[heap]", "[stack]", "[anon:name]", or "" for unnamed anonymous memory.</summary>
    public string Name { get; init; } = "";

    public VmaKind Kind { get; init; }

    public VmFlag Flags { get; init; }

    public long SizeBytes => (long)(End - Start);

    /// <summary>Rss: every resident page mapped here (anonymous, page cache, shmem).</summary>
    public long ResidentBytes { get; init; }

    /// <summary>Anonymous: resident private anonymous pages (including COW copies in a private file mapping).</summary>
    public long AnonymousBytes { get; init; }

    /// <summary>AnonHugePages: anonymous memory mapped by PMDs (2 MiB THPs).</summary>
    public long AnonHugeBytes { get; init; }

    public long ShmemPmdMappedBytes { get; init; }

    public long FilePmdMappedBytes { get; init; }

    /// <summary>Locked: resident bytes of an mlock()ed VMA.</summary>
    public long LockedBytes { get; init; }

    /// <summary>THPeligible (5.0+): whether THP may back this VMA; null when not printed.</summary>
    public bool? ThpEligible { get; init; }

    public FolioEstimate Folios { get; init; }

    /// <summary>Bytes of io_uring fixed buffers inside the range (whole pages).</summary>
    public long PinnedBytes { get; init; }

    /// <summary>In how many separate runs the pinned bytes lie.</summary>
    public int PinnedRuns { get; init; }

    public bool DontFork => (Flags & VmFlag.DontCopy) != 0;

    public bool WipeOnFork => (Flags & VmFlag.WipeOnFork) != 0;

    /// <summary>DONTFORK wins over WIPEONFORK: a VMA the child does not get cannot be wiped in it.</summary>
    public ForkAdvice Advice => DontFork ? ForkAdvice.DontFork : WipeOnFork ? ForkAdvice.WipeOnFork : ForkAdvice.None;

    public ScenarioMatch Match { get; init; } = ScenarioMatch.None("not matched");
}
