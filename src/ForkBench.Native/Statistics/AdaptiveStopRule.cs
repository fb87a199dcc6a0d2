using ForkBench.Results.Statistics;
namespace ForkBench.Native.Statistics;

/// <summary>
/// When to stop sampling a point: never before <see cref="MinSamples"/>;
/// then as soon as the median's confidence interval is narrower than
/// <see cref="TargetRelativeCiWidth"/> of the median, the point's time
/// <see cref="Budget"/> is spent, or <see cref="MaxSamples"/> are taken.
/// </summary>
public sealed record AdaptiveStopRule
{
    public int MinSamples { get; init; } = 5;

    public int MaxSamples { get; init; } = 50;

    /// <summary>(CI upper - CI lower) / median at which the median is known well enough.</summary>
    public double TargetRelativeCiWidth { get; init; } = 0.05;

    /// <summary>Time allowed per point once <see cref="MinSamples"/> are in.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Null to keep sampling, else why to stop: "ci", "budget" or "max-samples".</summary>
    public string? StopReason(IReadOnlyList<double> samples, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < MinSamples)
            return null;
        if (samples.Count >= MaxSamples)
            return "max-samples";
        if (SampleSummarizer.SummarizeOrNull(samples) is { } summary && summary.RelativeMedianCiWidth <= TargetRelativeCiWidth)
            return "ci";
        return elapsed >= Budget ? "budget" : null;
    }
}
