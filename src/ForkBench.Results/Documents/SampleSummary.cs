using System.Text.Json.Serialization;

namespace ForkBench.Results.Documents;

/// <summary>
/// Summary statistics of a measurement's samples, kept in the document for
/// readers of the JSON; comparisons always recompute from the raw samples.
/// Quantiles are type 7 sample quantiles with distribution-free
/// order-statistic confidence intervals at <see cref="ConfidenceLevel"/>
/// (see <see cref="Statistics.SampleSummarizer"/>).
/// </summary>
public sealed record SampleSummary(
    int Count,
    double Min,
    double Max,
    double ConfidenceLevel,
    QuantileEstimate Median,
    IReadOnlyList<QuantileEstimate> Quantiles)
{
    /// <summary>
    /// The target every reported figure is held to: its 95% interval within
    /// +-5% of the median. A figure past it is marked "wide" wherever it is printed.
    /// </summary>
    public const double DefaultWideHalfWidth = 0.05;

    /// <summary>The stored quantile at <paramref name="probability"/> (0.25, 0.75, ...), or null.</summary>
    public double? Quantile(double probability) =>
        Quantiles.FirstOrDefault(q => Math.Abs(q.Probability - probability) < 1e-9)?.Estimate;

    /// <summary>
    /// max(upper - median, median - lower) / median of the median's interval;
    /// positive infinity where there is no interval or the median is not positive.
    /// </summary>
    [JsonIgnore]
    public double RelativeMedianHalfWidth => Median.RelativeHalfWidth;

    /// <summary>
    /// Whether the median's interval reaches further than
    /// <paramref name="targetHalfWidth"/> of the median on either side, or is absent.
    /// </summary>
    public bool IsWide(double targetHalfWidth) => !(RelativeMedianHalfWidth <= targetHalfWidth);
}
