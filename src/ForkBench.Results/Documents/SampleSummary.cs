namespace ForkBench.Results.Documents;

/// <summary>
/// Summary statistics of a measurement's samples, kept in the document for
/// readers of the JSON; comparisons always recompute from the raw samples.
/// Quantiles are Harrell-Davis estimates with Maritz-Jarrett-style
/// confidence intervals at <see cref="ConfidenceLevel"/>.
/// </summary>
public sealed record SampleSummary(
    int Count,
    double Min,
    double Max,
    double ConfidenceLevel,
    QuantileEstimate Median,
    IReadOnlyList<QuantileEstimate> Quantiles)
{
    /// <summary>The stored quantile at <paramref name="probability"/> (0.25, 0.75, ...), or null.</summary>
    public double? Quantile(double probability) =>
        Quantiles.FirstOrDefault(q => Math.Abs(q.Probability - probability) < 1e-9)?.Estimate;

    /// <summary>(upper - lower) / median of the median's interval; infinity where it is undefined.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double RelativeMedianCiWidth =>
        Median.Estimate > 0 && Median.Lower is double lower && Median.Upper is double upper
            ? (upper - lower) / Median.Estimate
            : double.PositiveInfinity;
}
