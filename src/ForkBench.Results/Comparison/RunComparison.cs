using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;

namespace ForkBench.Results.Comparison;

/// <summary>The comparison of a current run with a baseline run.</summary>
/// <param name="GeometricMeanRatio">Geometric mean of the ratios of <paramref name="Measurements"/> that have one; null if none.</param>
public sealed record RunComparison(
    RunInfo BaselineRun,
    HostInfo BaselineHost,
    RunInfo CurrentRun,
    HostInfo CurrentHost,
    ComparisonOptions Options,
    IReadOnlyList<MeasurementComparison> Measurements,
    IReadOnlyList<string> OnlyInBaseline,
    IReadOnlyList<string> OnlyInCurrent,
    IReadOnlyList<SkippedMeasurement> Skipped,
    IReadOnlyList<ComparisonWarning> Warnings,
    double? GeometricMeanRatio)
{
    /// <summary>True when any measurement is <see cref="Verdict.Slower"/>.</summary>
    public bool HasRegression => Measurements.Any(m => m.Verdict == Verdict.Slower);

    /// <summary>True when an exact count rose for any id: certain extra work, apart from any timing verdict.</summary>
    public bool HasCountIncrease => Measurements.Any(m => m.CountRose);

    /// <summary>What the compare command exits with 1 for: a Slower id or a risen exact count.</summary>
    public bool IsRegression => HasRegression || HasCountIncrease;

    public int CountOf(Verdict verdict) => Measurements.Count(m => m.Verdict == verdict);
}
