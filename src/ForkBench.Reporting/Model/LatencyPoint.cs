using ForkBench.Results.Documents;

namespace ForkBench.Reporting.Model;

/// <summary>
/// fork() latency at one resident set size. Times are in nanoseconds.
/// Low and High are the 95% confidence interval of the median; both are
/// null where the sample was too small for one (the writers then say so
/// instead of printing a spread of zero).
/// </summary>
/// <param name="SizeBytes">Resident memory of the parent when it forked.</param>
/// <param name="MedianNs">Median latency.</param>
/// <param name="LowNs">Lower bound of the median's interval, or null for none.</param>
/// <param name="HighNs">Upper bound of the median's interval, or null for none.</param>
/// <param name="SamplesNs">Every raw sample (may be empty when only the summary is known).</param>
public sealed record LatencyPoint(
    long SizeBytes,
    double MedianNs,
    double? LowNs,
    double? HighNs,
    IReadOnlyList<double> SamplesNs)
{
    /// <summary>Whether the median has an interval.</summary>
    public bool HasInterval => LowNs is not null && HighNs is not null;

    /// <summary>How far the interval reaches from the median, the larger side, relative to it; infinity for none.</summary>
    public double RelativeHalfWidth => QuantileEstimate.RelativeHalfWidthOf(MedianNs, LowNs, HighNs);
}
