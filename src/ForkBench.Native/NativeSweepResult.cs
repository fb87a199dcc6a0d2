using ForkBench.Native.Host;

namespace ForkBench.Native;

/// <summary>Everything one <c>forkbench native</c> run measured, and where.</summary>
public sealed record NativeSweepResult
{
    public required HostDescription Host { get; init; }

    public required NativeSweepOptions Options { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>
    /// The cost of forking this process with no buffer (ids <c>native/fork/floor</c>,
    /// <c>native/vfork/floor</c>): the runtime's own mappings. Scenario
    /// marginals are relative to the floor of their spawn kind.
    /// </summary>
    public required IReadOnlyList<NativeMeasurement> Floors { get; init; }

    /// <summary>The scenario points, in the order they ran.</summary>
    public required IReadOnlyList<NativeMeasurement> Measurements { get; init; }

    /// <summary>The run stopped early (Ctrl-C or a failure); what was measured is kept.</summary>
    public bool Incomplete { get; init; }

    public string? IncompleteReason { get; init; }

    /// <summary>Free page reporting during the sweep (<see cref="Memory.FreePageReportingHold.State"/>).</summary>
    public string FreePageReporting { get; init; } = "absent";

    /// <summary>Run-wide warnings, e.g. a THP setting that could not be restored.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
