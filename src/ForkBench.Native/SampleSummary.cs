using System.Text.Json.Serialization;

namespace ForkBench.Native;

/// <summary>
/// Robust summary of a set of samples (same unit as the samples): the
/// Harrell-Davis median with its confidence interval, quartiles, extremes
/// and the number of modes.
/// </summary>
public sealed record SampleSummary
{
    public required int Count { get; init; }

    /// <summary>Harrell-Davis estimate of the median.</summary>
    public required double Median { get; init; }

    /// <summary>Lower bound of the median's confidence interval (Maritz-Jarrett via Harrell-Davis).</summary>
    public required double MedianCiLower { get; init; }

    public required double MedianCiUpper { get; init; }

    /// <summary>The confidence level of the interval, e.g. 0.95.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>Harrell-Davis first quartile.</summary>
    public required double Q1 { get; init; }

    public required double Q3 { get; init; }

    public required double Min { get; init; }

    public required double Max { get; init; }

    /// <summary>Number of modes by the Lowland modality detector; null with too few or identical samples.</summary>
    public int? Modality { get; init; }

    /// <summary>(upper - lower) / median of the confidence interval; infinity when it is undefined.</summary>
    [JsonIgnore]
    public double RelativeCiWidth =>
        Median > 0 && !double.IsNaN(MedianCiLower) && !double.IsNaN(MedianCiUpper)
            ? (MedianCiUpper - MedianCiLower) / Median
            : double.PositiveInfinity;
}
