namespace ForkBench.Results.Statistics;

/// <summary>
/// One id's change measured at the level of runs, and how far unchanged
/// runs of it move. Relative (ratios, from the logs of the run medians)
/// for positive quantities; absolute, in the measurement's unit, for a
/// quantity whose run medians are not all positive (a marginal cost near
/// zero, such as vfork's over its floor), where a ratio means nothing.
/// </summary>
/// <param name="IsRelative">True: <paramref name="Change"/> and <paramref name="Limit"/> are shares (0.08 = 8%); false: they are in the unit.</param>
/// <param name="Change">Relative: the median of the current runs' medians over the median of the baseline runs' medians, minus 1. Absolute: their difference.</param>
/// <param name="Limit">How far unchanged runs stay (+-), at the level of <see cref="RunToRunNoise.Alpha"/>.</param>
/// <param name="BaselineRuns">Runs in the baseline that have the id.</param>
/// <param name="CurrentRuns">Runs on the current side (usually 1).</param>
public sealed record RunNoiseLimit(bool IsRelative, double Change, double Limit, int BaselineRuns, int CurrentRuns)
{
    /// <summary>The change is beyond what unchanged runs show, upward; <paramref name="floor"/> is the smallest change that counts on this scale.</summary>
    public bool IsAbove(double floor) =>
        IsRelative ? 1 + Change > 1 + Math.Max(Limit, floor) : Change > Math.Max(Limit, floor);

    /// <summary>The change is beyond what unchanged runs show, downward.</summary>
    public bool IsBelow(double floor) =>
        IsRelative ? 1 + Change < 1 / (1 + Math.Max(Limit, floor)) : Change < -Math.Max(Limit, floor);
}
