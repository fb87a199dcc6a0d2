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
    IReadOnlyList<QuantileEstimate> Quantiles);
