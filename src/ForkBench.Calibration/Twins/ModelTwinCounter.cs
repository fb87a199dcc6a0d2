using System.Collections.Concurrent;
using ForkBench.Kernel;
using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;

namespace ForkBench.Calibration.Twins;

/// <summary>
/// Builds model twins: a <see cref="ForkScenario"/> of the parsed tail and
/// the variant, built, and one fork counted: by default the steady-state
/// fork native mode times (<see cref="ForkScenarioInstance.CountSteadyStateFork"/>),
/// or the first (<see cref="TwinFork"/>); and remembers them per (variant,
/// tail): a 1 GiB pinned process takes about a second and two GiB to
/// build, and the held-out fits and predictions ask for the same twins
/// again. Counts are taken at the real size; they are exact, so nothing
/// is scaled.
/// </summary>
public sealed class ModelTwinCounter
{
    private readonly ConcurrentDictionary<string, ModelTwin> _twins = new(StringComparer.Ordinal);

    /// <summary>How many twins were built (not served from memory).</summary>
    public int Built => _built;

    private int _built;

    /// <param name="tail">A scenario tail, e.g. <c>anon-thp/pin=all/rss=1gib</c>.</param>
    /// <param name="fork">Which fork to count (default: the steady state native mode measures).</param>
    public ModelTwin Count(string tail, CopyVariant variant, TwinFork fork = TwinFork.SteadyState)
    {
        ArgumentNullException.ThrowIfNull(tail);
        ArgumentNullException.ThrowIfNull(variant);
        return _twins.GetOrAdd($"{variant.Id}|{tail}|{fork}", _ => Build(tail, variant, fork));
    }

    private ModelTwin Build(string tail, CopyVariant variant, TwinFork fork)
    {
        ProcessScenario process;
        try
        {
            process = ProcessScenario.ParseTail(tail);
        }
        catch (FormatException e)
        {
            return ModelTwin.Refused(tail, variant.Id, e.Message);
        }
        var scenario = new ForkScenario { Process = process, Variant = variant };
        if (scenario.Refusal is { } refusal)
            return ModelTwin.Refused(tail, variant.Id, refusal);
        // The model holds the process's pages (and the copies a pinned fork
        // makes) in memory: refuse what would not fit rather than thrash.
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (available > 0 && scenario.MemoryBytes > available / 10 * 8)
            return ModelTwin.Refused(tail, variant.Id,
                $"the model of it needs {scenario.MemoryBytes >> 20} MiB, more than 80% of this machine's {available >> 20} MiB");
        Interlocked.Increment(ref _built);
        using ForkScenarioInstance instance = scenario.Build();
        try
        {
            CountedRun counted = fork == TwinFork.First ? instance.CountFork() : instance.CountSteadyStateFork();
            return new ModelTwin(tail, variant.Id, counted.Counts.ToDictionary(), null);
        }
        catch (InvalidOperationException) when (instance.LastOutcome != ForkOutcome.Success)
        {
            return ModelTwin.Refused(tail, variant.Id, $"the model's fork failed ({instance.LastOutcome})");
        }
    }
}
