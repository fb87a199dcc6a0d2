using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;
namespace ForkBench.Native.Statistics;

/// <summary>
/// When to stop sampling a point: never before <see cref="MinSamples"/>;
/// then as soon as the median's 95% interval reaches no further than
/// <see cref="TargetRelativeHalfWidth"/> of the median on either side, the
/// point's time <see cref="Budget"/> is spent, or <see cref="MaxSamples"/>
/// are taken. The interval is the one the summary stores, so a point that
/// stopped on "ci" is never marked wide, and one that stopped otherwise may be.
/// </summary>
public sealed record AdaptiveStopRule
{
    public int MinSamples { get; init; } = 5;

    public int MaxSamples { get; init; } = 50;

    /// <summary>
    /// max(upper - median, median - lower) / median at which the median is
    /// known well enough; the default is the report's "wide" threshold.
    /// </summary>
    public double TargetRelativeHalfWidth { get; init; } = SampleSummary.DefaultWideHalfWidth;

    /// <summary>Time allowed per point once <see cref="MinSamples"/> are in.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Null to keep sampling, else why to stop: "ci", "budget" or
    /// "max-samples". With <paramref name="paired"/> (the point's
    /// fork-per-walk figures), "ci" needs both medians known well enough:
    /// the paired figure is the one comparisons lean on, and its rounds
    /// spread more than the forks alone.
    /// </summary>
    public string? StopReason(IReadOnlyList<double> samples, TimeSpan elapsed, IReadOnlyList<double>? paired = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < MinSamples)
            return null;
        if (samples.Count >= MaxSamples)
            return "max-samples";
        if (KnownWellEnough(samples) && (paired is null || KnownWellEnough(paired)))
            return "ci";
        return elapsed >= Budget ? "budget" : null;
    }

    private bool KnownWellEnough(IReadOnlyList<double> samples) =>
        SampleSummarizer.SummarizeOrNull(samples) is { } summary && !summary.IsWide(TargetRelativeHalfWidth);
}
