using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.Scenarios;

/// <summary>
/// A process to fork in the model: the process in the shared vocabulary
/// (<see cref="ProcessScenario"/>: mapping, folio size, size, pins and their
/// placement, sticky state, false positives), the copy variant, and what is
/// the model's alone: where its frames lie in physical memory and whether
/// the parent writes every page after the fork. <see cref="Build"/> makes
/// the machine. The benchmarks and the counts command both build from it.
/// </summary>
public sealed record ForkScenario
{
    public ProcessScenario Process { get; init; } = new();

    public CopyVariant Variant { get; init; } = CopyVariant.PteBatching6_9;

    public FramePlacement Placement { get; init; } = FramePlacement.Contiguous;

    /// <summary>The parent writes every page after the fork (the COW-fault benchmark): page copies must cost a memcpy.</summary>
    public bool ParentWritesAfterFork { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>4 KiB pages (PTEs, or PMD-mapped 4 KiB units) of the parent's mapping: what per-PTE numbers divide by.</summary>
    public long Ptes => Process.Pages;

    /// <summary>Pages are pinned when the fork runs (not released before it).</summary>
    public bool PinsAtFork => !Process.Pins.IsNone && !Process.UnpinBeforeFork;

    /// <summary>
    /// Full (a real 4 KiB memcpy per copied page) where pages get copied:
    /// pinned or falsely-pinned pages at fork, COW faults after it.
    /// StampOnly elsewhere, where no page is copied and 4 KiB per frame would only cost setup time.
    /// </summary>
    public PageDataMode DataMode =>
        PinsAtFork || !Process.FalsePositives.IsNone || ParentWritesAfterFork ? PageDataMode.Full : PageDataMode.StampOnly;

    /// <summary>
    /// Physical memory the machine needs: the process (and, for a private
    /// file mapping, its page cache besides); a copy of every page
    /// that may be copied at fork (pinned or falsely pinned, rounded up to
    /// whole 2 MiB folios); a second process's worth when the parent writes
    /// every page after the fork (COW copies while the child holds the
    /// originals); and slack.
    /// </summary>
    public long MemoryBytes
    {
        get
        {
            long pages = (PinsAtFork ? Process.Pins.PagesOf(Ptes) : 0) + Process.FalsePositives.PagesOf(Ptes);
            long copies = Math.Min(Process.SizeBytes, (pages * Geometry.PageSize + Geometry.PmdSize - 1) / Geometry.PmdSize * Geometry.PmdSize);
            // A private file mapping also holds its page cache: the anonymous
            // pages that writes and FOLL_WRITE pins make come on top of it.
            long pageCache = Process.Mapping == MappingKind.FilePrivate ? Process.SizeBytes : 0;
            return Process.SizeBytes + pageCache + copies + (ParentWritesAfterFork ? Process.SizeBytes : 0) + (64L << 20);
        }
    }

    public MachineOptions MachineOptions => new()
    {
        MemoryBytes = MemoryBytes,
        Variant = Variant,
        Placement = Placement,
        DataMode = DataMode,
        Seed = Seed,
        MaxVmasPerProcess = 4,
    };

    /// <summary>
    /// Whether an invocation can be undone in place (exit the child, rewrite
    /// the pages) or the parent must be rebuilt: a split THP, a large folio
    /// broken up by COW faults, or pages replaced by COW copies do not come
    /// back by themselves.
    /// </summary>
    public bool RestoresInPlace =>
        Process.Folio == FolioSize.Small
        || (Process.Folio == FolioSize.Thp && !PinsAtFork && !ParentWritesAfterFork);

    /// <summary>Why the model cannot build this (a process the kernel cannot have, or folios the variant's kernel lacks), or null.</summary>
    public string? Refusal =>
        Process.Problem
        ?? (Process.Mapping == MappingKind.AnonPrivate && Variant.FolioLayoutRefusal(Process.Folio.Order, Process.Folio.PmdMapped) is { } reason
            ? $"{Process.MemoryToken}: {reason}"
            : null);

    /// <summary>The machine with the parent as described; <see cref="NotSupportedException"/> when <see cref="Refusal"/> gives a reason.</summary>
    public ForkScenarioInstance Build() =>
        Refusal is { } refusal ? throw new NotSupportedException(refusal) : ForkScenarioInstance.Create(this);

    /// <summary>"frames=scattered" when frames are scattered; nothing for the default.</summary>
    public string? PlacementToken => Placement == FramePlacement.Contiguous ? null : $"frames={Placement.ToString().ToLowerInvariant()}";
}
