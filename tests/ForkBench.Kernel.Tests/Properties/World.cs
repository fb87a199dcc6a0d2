using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Tests.Properties;

/// <summary>
/// Interprets scenario operations against a machine: four process slots
/// (slot 0 is the initial process and never exits; the others are filled
/// by fork), at most three VMAs per process, and a <see cref="Shadow"/> of
/// the expected contents. Operations with nothing to act on are skipped.
/// The world is bounded (VMA count, file pages, live pins and reference
/// sets); the largest of 1000 sampled worlds took 13 of the 32 2 MiB blocks
/// of its 64 MiB, so an OutOfMemoryException here points at a leak rather
/// than at the sizing.
/// </summary>
internal sealed partial class World : IDisposable
{
    public const int Slots = 4;
    private const int MaxVmasPerProcess = 3;
    private const int MaxLivePins = 6;
    private const int MaxLiveReferenceSets = 4;
    private const long FileBudgetPages = (16L << 20) >> Geometry.PageShift;

    private readonly MmStruct[] _procs = new MmStruct[Slots];
    private readonly bool[] _alive = new bool[Slots];
    private readonly List<string> _trace = [];
    private int _generation;
    private long _filePages;

    public World(CopyVariant variant)
    {
        Machine = new Machine(new MachineOptions { MemoryBytes = 64L << 20, Variant = variant });
        for (int i = 0; i < Slots; i++)
            _procs[i] = Machine.CreateProcess();
        _alive[0] = true;
        Shadow = new Shadow(Slots);
    }

    public Machine Machine { get; }

    public Shadow Shadow { get; }

    public IEnumerable<int> LiveSlots => Enumerable.Range(0, Slots).Where(s => _alive[s]);

    public MmStruct Process(int slot) => _procs[slot];

    public int SlotOf(MmStruct mm) => Array.IndexOf(_procs, mm);

    /// <summary>The operations applied so far, resolved to slots, addresses and frames.</summary>
    public string Trace => string.Join(Environment.NewLine, _trace.Select(t => "    " + t));

    public PropertyViolation Failure(string what) =>
        new($"{Machine.Variant.Id}: {what}{Environment.NewLine}  applied operations:{Environment.NewLine}{Trace}");

    /// <summary>Applies one operation; false when it was skipped.</summary>
    public bool Apply(int index, Op op)
    {
        string? done = op switch
        {
            MapOp o => Map(o),
            PopulateOp o => Populate(o),
            PinOp o => Pin(o),
            UnpinOp o => Machine.Pins.Count == 0 ? null : Unpin(Machine.Pins[o.Pin % Machine.Pins.Count]),
            TakeRefsOp o => TakeReferences(o),
            ReleaseRefsOp o => Machine.References.Count == 0 ? null : ReleaseReferences(Machine.References[o.Refs % Machine.References.Count]),
            ForkOp o => Fork(PickLive(o.Parent)),
            WriteOp o => Write(o),
            WritePinnedOp o => Machine.Pins.Count == 0 ? null : WritePinned(Machine.Pins[o.Pin % Machine.Pins.Count], o.Page),
            ExitOp o => ExitNonInitial(o.Proc),
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
        if (done != null)
            _trace.Add($"#{index} {done}");
        return done != null;
    }

    /// <summary>Drops every extra reference and exits every process, the initial one included.</summary>
    public void TearDown()
    {
        foreach (var refs in Machine.References.ToList())
            Machine.ReleaseReferences(refs);
        foreach (int slot in LiveSlots.ToList())
            Exit(slot);
    }

    private int PickLive(int pick)
    {
        var live = LiveSlots.ToList();
        return live[pick % live.Count];
    }

    private Shadow.Region? PickRegion(int slot, int pick)
    {
        var regions = Shadow.Regions(slot);
        return regions.Count == 0 ? null : regions[pick % regions.Count];
    }

    private string? Fork(int parent)
    {
        int child = Enumerable.Range(1, Slots - 1).FirstOrDefault(s => !_alive[s]);
        if (child == 0)
            return null;
        var outcome = Machine.Fork(_procs[parent], _procs[child]);
        if (outcome != ForkOutcome.Success)
            throw Failure($"fork of P{parent} into P{child} failed: {outcome}");
        _alive[child] = true;
        Shadow.Fork(parent, child);
        return $"P{parent}: fork -> P{child}";
    }

    private string? ExitNonInitial(int pick)
    {
        var others = LiveSlots.Where(s => s != 0).ToList();
        return others.Count == 0 ? null : Exit(others[pick % others.Count]);
    }

    private string Exit(int slot)
    {
        Machine.Exit(_procs[slot]); // releases the pins this process holds
        Shadow.Exit(slot);
        _alive[slot] = false;
        return $"P{slot}: exit";
    }

    public void Dispose() => Machine.Dispose();
}
