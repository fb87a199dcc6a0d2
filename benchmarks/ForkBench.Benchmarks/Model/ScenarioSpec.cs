using ForkBench.Kernel;
using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Memory;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Everything that defines a modelled fork scenario, in the words of the
/// benchmark parameters. Two equal specs build machines in the same state.
/// </summary>
public sealed record ScenarioSpec
{
    /// <summary>The copy variant's stable id, e.g. "v5.8" or "pte-batch-6.9".</summary>
    public string Variant { get; init; } = "v5.8";

    /// <summary>The process to fork, in the shared scenario vocabulary (its size included).</summary>
    public ProcessScenario Process { get; init; } = new() { SizeBytes = 1L << 30 };

    public long SizeBytes => Process.SizeBytes;

    /// <summary>Model-only: how the process's frames lie in physical memory.</summary>
    public string Placement { get; init; } = PlacementParam.Contiguous;

    /// <summary>The parent writes every page after the fork (the COW-fault benchmark): page copies must cost a memcpy.</summary>
    public bool ParentWritesAfterFork { get; init; }

    /// <summary>4 KiB pages (PTEs, or PMD-mapped 4 KiB units) of the parent's mapping: what per-PTE numbers divide by.</summary>
    public long Ptes => SizeBytes >> Geometry.PageShift;

    /// <summary>
    /// Full (a real 4 KiB memcpy per copied page) where pages get copied:
    /// pinned or falsely-pinned pages at fork, COW faults after it.
    /// StampOnly elsewhere, where no page is copied and 4 KiB per frame would only cost setup time.
    /// </summary>
    public PageDataMode DataMode =>
        PinsAtFork || !Process.FalsePositives.IsNone || ParentWritesAfterFork ? PageDataMode.Full : PageDataMode.StampOnly;

    /// <summary>Pages are pinned when the fork runs (not released before it).</summary>
    public bool PinsAtFork => !Process.Pins.IsNone && !Process.UnpinBeforeFork;

    /// <summary>Physical memory: 2.25 times the process, room for a child that copies every page (and THP deposits).</summary>
    public long MemoryBytes => SizeBytes * 9 / 4;

    public CopyVariant CopyVariant =>
        Kernel.Fork.CopyVariant.ById(Variant);

    public MachineOptions MachineOptions => new()
    {
        MemoryBytes = MemoryBytes,
        Variant = CopyVariant,
        Placement = PlacementParam.Parse(Placement),
        DataMode = DataMode,
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
}
