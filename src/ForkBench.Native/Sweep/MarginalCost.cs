namespace ForkBench.Native.Sweep;

/// <summary>
/// The buffer's own cost in each fork: the fork minus the fork without the
/// buffer timed in the same round (<see cref="RoundReference"/>) where the
/// point has one, else minus the run's floor median (points sampled without
/// round floors).
/// </summary>
internal static class MarginalCost
{
    public static IReadOnlyList<double> PerFork(IReadOnlyList<double> forks, IReadOnlyList<double> roundFloors, double? runFloorMedianNs)
    {
        if (roundFloors.Count == forks.Count && forks.Count > 0)
            return [.. forks.Select((fork, i) => fork - roundFloors[i]).Where(double.IsFinite)];
        return runFloorMedianNs is { } floor ? [.. forks.Select(fork => fork - floor)] : [];
    }
}
