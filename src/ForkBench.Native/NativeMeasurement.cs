using ForkBench.Results.Documents;
namespace ForkBench.Native;

/// <summary>
/// One measured point of a native sweep: a scenario at one buffer size (or a
/// floor). All times are in <see cref="Unit"/> (nanoseconds). A point that
/// could not run has a <see cref="SkipReason"/> and no samples.
/// </summary>
public sealed record NativeMeasurement
{
    /// <summary>
    /// Stable id, e.g. <c>native/fork/anon-4k/pin=io_uring/rss=512MiB</c>, or
    /// <c>native/fork/floor</c>; an id never changes meaning.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// What was measured: spawn, memory, pin, rssBytes, pinnedBytes,
    /// folioBytes, mmHasPinned (whether the process had ever pinned before
    /// this point: MMF_HAS_PINNED is sticky for the process' life).
    /// </summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    public string Unit { get; init; } = "ns";

    /// <summary>
    /// Steady-state fork latencies (the first fork excluded): wall time from
    /// the call until it returned in the parent. When the scheduler runs the
    /// new child first on the parent's CPU, this includes the child's exit
    /// and mm teardown; <see cref="CpuSamples"/> does not.
    /// </summary>
    public IReadOnlyList<double> Samples { get; init; } = [];

    public SampleSummary? Summary { get; init; }

    /// <summary>
    /// The parent thread's CPU time in each steady-state fork
    /// (CLOCK_THREAD_CPUTIME_ID), same order as <see cref="Samples"/>. It
    /// leaves out time the thread waited for a CPU, so it stays meaningful on
    /// a loaded machine; it also leaves out sleeps inside the kernel (reclaim,
    /// lock waits, and the vfork parent's wait for its child).
    /// </summary>
    public IReadOnlyList<double> CpuSamples { get; init; } = [];

    public SampleSummary? CpuSummary { get; init; }

    /// <summary>The first fork after the buffer was faulted in (and pinned), reported apart from the steady state.</summary>
    public double? FirstForkNs { get; init; }

    /// <summary>Child exit plus reap (wait4) after each steady-state fork: the child's mm teardown.</summary>
    public IReadOnlyList<double> ExitReapSamples { get; init; } = [];

    public SampleSummary? ExitReapSummary { get; init; }

    /// <summary>
    /// A pagemap walk over the buffer timed right after each steady-state
    /// fork, same order as <see cref="Samples"/> (fork points only): the
    /// reference of the fork-per-walk figure.
    /// </summary>
    public IReadOnlyList<double> WalkSamples { get; init; } = [];

    /// <summary>
    /// A fork of this process with the buffer hidden (MADV_DONTFORK) right
    /// after each walk, same order as <see cref="Samples"/> (NaN where that
    /// fork was discarded): the floor of the round.
    /// </summary>
    public IReadOnlyList<double> RoundFloorSamples { get; init; } = [];

    /// <summary>Parent writing every page after fork while the child is alive (only with COW timing on).</summary>
    public IReadOnlyList<double> CowWriteSamples { get; init; } = [];

    public SampleSummary? CowWriteSummary { get; init; }

    /// <summary>The floor median this point is compared with (same spawn kind, no buffer).</summary>
    public double? FloorMedianNs { get; init; }

    /// <summary>
    /// Whether fork() works on the buffer (see NativeScenario.ForkWorksOnBuffer);
    /// where it does not, the run has no marginal figure for the point. True
    /// for a measurement made without a scenario, so a hand-made one keeps
    /// its marginal figure.
    /// </summary>
    public bool ForkWorksOnBuffer { get; init; } = true;

    /// <summary>
    /// What the buffer itself costs the fork: the median of each fork minus
    /// its round's fork without the buffer, or, without round floors, the
    /// median minus the floor's median.
    /// </summary>
    public double? MarginalMedianNs { get; init; }

    /// <summary>The floor's CPU-time median this point is compared with.</summary>
    public double? FloorCpuMedianNs { get; init; }

    /// <summary>CPU-time median minus the floor's CPU-time median.</summary>
    public double? MarginalCpuMedianNs { get; init; }

    /// <summary>First fork minus the floor's median.</summary>
    public double? MarginalFirstForkNs { get; init; }

    /// <summary>Fraction of the buffer in folios of the intended size (THP and mTHP kinds), and where that was read.</summary>
    public double? HugePageCoverage { get; init; }

    public string? HugePageCoverageSource { get; init; }

    /// <summary>Why sampling stopped: "ci", "budget", "max-samples", or "cancelled".</summary>
    public string? StopReason { get; init; }

    /// <summary>Samples thrown away (child killed after a timeout, unexpected exit status); reasons in <see cref="Notes"/>.</summary>
    public int DiscardedSamples { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>One line saying why the point did not run (io_uring missing, memory guard, ...); null when it ran.</summary>
    public string? SkipReason { get; init; }

    /// <summary>The point was interrupted (Ctrl-C or a failure) before its stop rule was met.</summary>
    public bool Incomplete { get; init; }
}
