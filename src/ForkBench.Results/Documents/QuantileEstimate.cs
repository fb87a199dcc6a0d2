namespace ForkBench.Results.Documents;

/// <summary>
/// One quantile of a sample with its confidence interval. The bounds are
/// null where the interval is not defined (fewer than two samples).
/// </summary>
public sealed record QuantileEstimate(double Probability, double Estimate, double? Lower, double? Upper);
