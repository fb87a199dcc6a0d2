namespace ForkBench.Reporting.Model;

/// <summary>
/// fork() latency at one resident set size. Times are in nanoseconds.
/// Low and High bound the spread the report shows (normally the 95%
/// confidence interval of the median); the caller says which in the label
/// it passes to the writers.
/// </summary>
/// <param name="SizeBytes">Resident memory of the parent when it forked.</param>
/// <param name="MedianNs">Median latency.</param>
/// <param name="LowNs">Lower bound of the spread.</param>
/// <param name="HighNs">Upper bound of the spread.</param>
/// <param name="SamplesNs">Every raw sample (may be empty when only the summary is known).</param>
public sealed record LatencyPoint(
    long SizeBytes,
    double MedianNs,
    double LowNs,
    double HighNs,
    IReadOnlyList<double> SamplesNs);
