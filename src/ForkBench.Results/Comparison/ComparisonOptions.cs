namespace ForkBench.Results.Comparison;

/// <summary>How two runs are compared.</summary>
/// <param name="Threshold">The smallest change that counts.</param>
/// <param name="Alpha">
/// Significance level of each one-sided Mann-Whitney test in the
/// equivalence test (0.05: at most a 5% chance that an unchanged scenario
/// is flagged by noise alone, in either direction).
/// </param>
/// <param name="ConfidenceLevel">Level of the ratio's confidence interval.</param>
public sealed record ComparisonOptions(EquivalenceThreshold Threshold, double Alpha = 0.05, double ConfidenceLevel = 0.95)
{
    public static ComparisonOptions Default { get; } = new(EquivalenceThreshold.Default);
}
