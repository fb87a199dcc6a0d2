using System.Text.Json.Serialization;

namespace ForkBench.Results.Documents;

/// <summary>
/// One quantile of a sample with its confidence interval. The bounds are
/// null where the sample is too small for an interval at the summary's
/// confidence level (see <see cref="Statistics.OrderStatisticQuantileInterval"/>);
/// the JSON then leaves them out, so reading must not require them.
/// </summary>
public sealed record QuantileEstimate(double Probability, double Estimate, double? Lower = null, double? Upper = null)
{
    /// <summary>How far the interval reaches from the estimate, relative to it; see <see cref="RelativeHalfWidthOf"/>.</summary>
    [JsonIgnore]
    public double RelativeHalfWidth => RelativeHalfWidthOf(Estimate, Lower, Upper);

    /// <summary>
    /// max(upper - estimate, estimate - lower) / estimate: the larger side,
    /// because order-statistic intervals are asymmetric and "within +-5%"
    /// must hold on both. Positive infinity where there is no interval or the
    /// estimate is not positive (a relative width means nothing there).
    /// </summary>
    public static double RelativeHalfWidthOf(double estimate, double? lower, double? upper) =>
        estimate > 0 && double.IsFinite(estimate)
        && lower is double low && double.IsFinite(low) && upper is double high && double.IsFinite(high)
            ? Math.Max(high - estimate, estimate - low) / estimate
            : double.PositiveInfinity;
}
