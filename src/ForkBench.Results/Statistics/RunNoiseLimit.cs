namespace ForkBench.Results.Statistics;

/// <summary>
/// One id's change measured at the level of runs, and how much unchanged
/// runs of it move.
/// </summary>
/// <param name="MedianRatio">The median of the current runs' medians over the median of the baseline runs' medians.</param>
/// <param name="Limit">Relative change unchanged runs stay within (0.08: +-8%), at the level of <see cref="RunToRunNoise.Alpha"/>.</param>
/// <param name="BaselineRuns">Runs in the baseline that have the id.</param>
/// <param name="CurrentRuns">Runs on the current side (usually 1).</param>
public sealed record RunNoiseLimit(double MedianRatio, double Limit, int BaselineRuns, int CurrentRuns)
{
    /// <summary>The change is beyond what unchanged runs show, upward.</summary>
    public bool IsAbove(double threshold) => MedianRatio > 1 + Math.Max(Limit, threshold);

    /// <summary>The change is beyond what unchanged runs show, downward.</summary>
    public bool IsBelow(double threshold) => MedianRatio < 1 / (1 + Math.Max(Limit, threshold));
}
