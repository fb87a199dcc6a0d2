using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.Scenarios;

/// <summary>
/// A process to fork, described by the axes ForkBench measures: size, page
/// layout, mapping kind, pinned share, the sticky "pinned then unpinned"
/// state, false positives (1024 ordinary references on 1/N of the pages),
/// frame placement and page-data mode. <see cref="Build"/> makes the machine.
/// </summary>
public sealed record ForkScenario
{
    public long SizeBytes { get; init; } = 64L << 20;
    public PageLayout Layout { get; init; } = PageLayout.Small4K;
    public MappingKind Mapping { get; init; } = MappingKind.AnonPrivate;
    public PinnedShare Pinned { get; init; } = PinnedShare.None;

    /// <summary>Pin the share, then unpin it: the mm keeps its sticky state with nothing pinned.</summary>
    public bool UnpinBeforeFork { get; init; }

    /// <summary>0: none; N: the first 1/N of the pages carry 1024 ordinary references (they look pinned).</summary>
    public int FalsePositiveDivisor { get; init; }

    public FramePlacement Placement { get; init; } = FramePlacement.Contiguous;
    public PageDataMode DataMode { get; init; } = PageDataMode.StampOnly;
    public int Seed { get; init; } = 1;

    public long Pages => SizeBytes / Geometry.PageSize;

    /// <summary>
    /// Physical memory the machine needs: the process, a copy of every folio
    /// its pins touch (rounded up to 2 MiB, the largest folio), and slack.
    /// </summary>
    public long MemoryBytes
    {
        get
        {
            long pinnedBytes = UnpinBeforeFork ? 0 : Pinned.PagesOf(Pages) * Geometry.PageSize;
            long copies = (pinnedBytes + Geometry.PmdSize - 1) / Geometry.PmdSize * Geometry.PmdSize;
            return SizeBytes + copies + (64L << 20);
        }
    }

    /// <summary>Why <paramref name="variant"/> cannot run this scenario (its kernel has no such folios), or null.</summary>
    public string? RefusedBy(CopyVariant variant) =>
        variant.FolioLayoutRefusal(Layout.FolioOrder(), Layout.MapWithPmd()) is { } reason
            ? $"{Layout.Id()}: {reason}"
            : null;

    /// <summary>The machine with the populated parent; <see cref="NotSupportedException"/> when <see cref="RefusedBy"/> gives a reason.</summary>
    public ForkScenarioInstance Build(CopyVariant variant)
    {
        if (Mapping != MappingKind.AnonPrivate && Layout != PageLayout.Small4K)
            throw new ArgumentException("large folios are modelled for private anonymous memory only");
        if (RefusedBy(variant) is { } refusal)
            throw new NotSupportedException(refusal);
        var machine = new Machine(new MachineOptions
        {
            MemoryBytes = MemoryBytes,
            Variant = variant,
            Placement = Placement,
            Seed = Seed,
            DataMode = DataMode,
            MaxVmasPerProcess = 4,
        });
        var parent = machine.CreateProcess();
        var child = machine.CreateProcess();
        long start = machine.Map(parent, SizeBytes, Mapping, Layout.FolioOrder(), Layout.MapWithPmd());
        machine.Populate(parent, start, SizeBytes, write: Mapping != MappingKind.FilePrivate);
        long pinnedPages = Pinned.PagesOf(Pages);
        if (pinnedPages > 0)
        {
            var pin = machine.Pin(parent, start, pinnedPages);
            if (UnpinBeforeFork)
                machine.Unpin(pin);
        }
        if (FalsePositiveDivisor > 0)
            machine.TakeReferences(parent, start, Math.Max(1, Pages / FalsePositiveDivisor), PhysicalMemory.PinCountingBias);
        return new ForkScenarioInstance(machine, parent, child, start, Pages);
    }

    /// <summary>A stable id fragment: layout, mapping, size, pinned share and the modifiers that are set.</summary>
    public string Id
    {
        get
        {
            string mapping = Mapping switch
            {
                MappingKind.AnonPrivate => Layout.Id(),
                MappingKind.AnonShared => "shared-anon",
                MappingKind.FilePrivate => "file-private",
                _ => "file-shared",
            };
            string id = $"{mapping}/rss={SizeText.Format(SizeBytes)}/pinned={Pinned.Id}";
            if (UnpinBeforeFork)
                id += "/sticky";
            if (FalsePositiveDivisor > 0)
                id += $"/false-positives=1-{FalsePositiveDivisor}";
            if (Placement == FramePlacement.Scattered)
                id += "/frames=scattered";
            return id;
        }
    }
}
