using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Gup;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Scenarios;

/// <summary>
/// A built <see cref="ForkScenario"/>: one machine, a parent filled as the
/// scenario says, and a reusable child. The timed operations (<see cref="Fork"/>,
/// <see cref="ExitChild"/>, <see cref="WriteEveryPage"/>) allocate nothing;
/// <see cref="Reset"/> (outside the timed region) brings the machine back to
/// the state the scenario was built in, without reallocating the model.
/// </summary>
public sealed class ForkScenarioInstance : IDisposable
{
    private readonly List<ReferenceHandle> _references = [];

    public ForkScenario Spec { get; }
    public Machine Machine { get; }
    public MmStruct Parent { get; }
    public MmStruct Child { get; }

    /// <summary>Start of the parent's mapping.</summary>
    public long Address { get; private set; }

    /// <summary>What the last timed fork returned.</summary>
    public ForkOutcome LastOutcome { get; private set; }

    private ForkScenarioInstance(ForkScenario spec)
    {
        Spec = spec;
        Machine = new Machine(spec.MachineOptions);
        Parent = Machine.CreateProcess();
        Child = Machine.CreateProcess();
    }

    /// <summary>Builds the machine and the parent the scenario describes (<see cref="ForkScenario.Build"/> checks it first).</summary>
    internal static ForkScenarioInstance Create(ForkScenario spec)
    {
        var scenario = new ForkScenarioInstance(spec);
        try
        {
            scenario.BuildParent();
            return scenario;
        }
        catch
        {
            scenario.Dispose();
            throw;
        }
    }

    /// <summary>The timed fork: the whole copy into the empty child.</summary>
    public void Fork() => LastOutcome = Machine.Fork(Parent, Child);

    /// <summary>The timed child exit: every mapping of the child torn down.</summary>
    public void ExitChild()
    {
        var counter = new NoCounting();
        Machine.ExitChild(Child, ref counter);
    }

    /// <summary>The timed COW faults: the parent writes every page it touched once (the same stamps as when built).</summary>
    public void WriteEveryPage()
    {
        foreach (var (first, count) in Spec.Process.Touched.Runs(Spec.Ptes))
        {
            long end = Address + ((first + count) << Geometry.PageShift);
            for (long a = Address + (first << Geometry.PageShift); a < end; a += Geometry.PageSize)
                Machine.Write(Parent, a, Machine.StampFor(Parent, a, generation: 0));
        }
    }

    /// <summary>
    /// Back to the state the scenario was built in: the child exited; then
    /// either the parent's pages rewritten (their write bits and exclusivity
    /// restored, as a process that ran since its last fork has them) or,
    /// where that cannot restore the state, the parent rebuilt.
    /// </summary>
    public void Reset()
    {
        if (!Child.IsEmpty)
            ExitChild();
        if (LastOutcome != ForkOutcome.Success)
            throw new InvalidOperationException($"the last fork failed ({LastOutcome}) in scenario {Spec}");
        ReleaseReferences();
        if (Spec.RestoresInPlace)
        {
            WriteParent();
            TakeReferences();
        }
        else
        {
            Machine.Exit(Parent);
            BuildParent();
        }
    }

    /// <summary>One fork with exact counts, then <see cref="Reset"/>.</summary>
    public CountedRun CountFork()
    {
        var counts = new OperationCounts(Machine.Physical.FrameCount);
        LastOutcome = Machine.Fork(Parent, Child, counts);
        Reset();
        return new CountedRun(counts, Spec.Ptes);
    }

    /// <summary>
    /// The exact counts of the fork native mode times: not the first fork of
    /// the freshly faulted process (native mode discards it) but the next
    /// one, after a first fork whose child has exited and with nothing
    /// written in between. That first fork leaves the parent as every later
    /// fork finds it: unpinned pages write-protected and no longer exclusive
    /// (so nothing is write-protected or cleared again), a pinned THP's PMD
    /// split into a PTE-mapped large folio (so it is not split again). Then
    /// <see cref="Reset"/>.
    /// </summary>
    public CountedRun CountSteadyStateFork()
    {
        Fork();
        if (LastOutcome != ForkOutcome.Success)
            throw new InvalidOperationException($"the first fork failed ({LastOutcome}) in scenario {Spec}");
        ExitChild();
        return CountFork();
    }

    /// <summary>One fork, then the child's exit with exact counts, then <see cref="Reset"/>.</summary>
    public CountedRun CountExit()
    {
        Fork();
        var counts = new OperationCounts(Machine.Physical.FrameCount);
        var counter = new CountingCounter(counts);
        Machine.ExitChild(Child, ref counter);
        Reset();
        return new CountedRun(counts, Spec.Ptes);
    }

    public void Dispose() => Machine.Dispose();

    private void BuildParent()
    {
        ProcessScenario process = Spec.Process;
        Address = Machine.Map(Parent, process.SizeBytes, process.Mapping, process.Folio.Order, process.Folio.PmdMapped);
        // madvise() before the pages exist, as native mode does: the VMA flag decides what dup_mmap() copies.
        if (AdviceFlags(process.Advice) is var advice and not VmaFlags.None)
            Machine.Advise(Parent, Address, advice);
        if (process.Mapping == MappingKind.FilePrivate)
            Machine.Populate(Parent, Address, process.SizeBytes, write: false);
        WriteParent();
        PinPages();
        TakeReferences();
    }

    /// <summary>MADV_DONTFORK sets VM_DONTCOPY, MADV_WIPEONFORK sets VM_WIPEONFORK (mm/madvise.c).</summary>
    private static VmaFlags AdviceFlags(ForkAdvice advice) => advice switch
    {
        ForkAdvice.DontFork => VmaFlags.DontCopy,
        ForkAdvice.WipeOnFork => VmaFlags.WipeOnFork,
        _ => VmaFlags.None,
    };

    /// <summary>
    /// The writes that built the parent: every touched page (all, or one in
    /// N for a sparse mapping), or for a private file mapping only the first.
    /// </summary>
    private void WriteParent()
    {
        if (Spec.Process.Mapping == MappingKind.FilePrivate)
        {
            Machine.Populate(Parent, Address, Geometry.PageSize, write: true);
            return;
        }
        foreach (var (first, count) in Spec.Process.Touched.Runs(Spec.Ptes))
            Machine.Populate(Parent, Address + (first << Geometry.PageShift), count << Geometry.PageShift, write: true);
    }

    /// <summary>
    /// Pins the share as the scenario places it (one pin over a region, or
    /// one per page for every N-th page); a sticky scenario releases them
    /// again, leaving the mm's "has pinned" state behind.
    /// </summary>
    private void PinPages()
    {
        var pins = new List<PinHandle>();
        foreach (var (first, count) in Spec.Process.Pins.Runs(Spec.Ptes))
            pins.Add(Machine.Pin(Parent, Address + (first << Geometry.PageShift), count));
        if (Spec.Process.UnpinBeforeFork)
            pins.ForEach(Machine.Unpin);
    }

    /// <summary>1024 ordinary references (no pin) on the false-positive pages: they look pinned to the fuzzy test.</summary>
    private void TakeReferences()
    {
        foreach (var (first, count) in Spec.Process.FalsePositives.Runs(Spec.Ptes))
            _references.Add(Machine.TakeReferences(Parent, Address + (first << Geometry.PageShift), count, PhysicalMemory.PinCountingBias));
    }

    private void ReleaseReferences()
    {
        foreach (ReferenceHandle handle in _references)
            Machine.ReleaseReferences(handle);
        _references.Clear();
    }
}
