using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;

namespace ForkBench.Results.Comparison;

/// <summary>One id compared: medians, the change as a ratio with its interval, and the verdict.</summary>
/// <param name="BaselineMedian">Sample median of the baseline samples (<see cref="Statistics.SampleQuantile"/>).</param>
/// <param name="CurrentMedian">Sample median of the current samples.</param>
/// <param name="Ratio">Hodges-Lehmann ratio current/baseline; null when a sample is not positive.</param>
/// <param name="RatioLower">Lower bound of the ratio's interval; null when too few samples for the level.</param>
/// <param name="RatioUpper">Upper bound of the ratio's interval.</param>
/// <param name="Shift">Hodges-Lehmann shift current - baseline, in <paramref name="Unit"/>.</param>
/// <param name="BaselineMultimodal">The baseline distribution has more than one mode (Lowland detector).</param>
/// <param name="CurrentMultimodal">The current distribution has more than one mode.</param>
/// <param name="Incomplete">Either side was marked incomplete.</param>
/// <param name="SampleVerdict">The verdict of the test on the samples alone (the run-level rule may overrule it).</param>
/// <param name="RunNoise">The change between runs and the id's run-to-run limit; null unless the baseline has several runs of it.</param>
public sealed record MeasurementComparison(
    string Id,
    SampleUnit Unit,
    int BaselineCount,
    int CurrentCount,
    double BaselineMedian,
    double CurrentMedian,
    double? Ratio,
    double? RatioLower,
    double? RatioUpper,
    double Shift,
    Verdict Verdict,
    bool BaselineMultimodal,
    bool CurrentMultimodal,
    bool Incomplete,
    IReadOnlyList<CountChange> CountChanges,
    Verdict SampleVerdict,
    RunNoiseLimit? RunNoise)
{
    /// <summary>An exact count rose: the model does more work, whatever the timing says.</summary>
    public bool CountRose => CountChanges.Any(c => c.Baseline is { } before && c.Current is { } after && after > before);

    public bool IsMultimodal => BaselineMultimodal || CurrentMultimodal;
}
