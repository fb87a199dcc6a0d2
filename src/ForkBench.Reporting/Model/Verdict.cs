namespace ForkBench.Reporting.Model;

/// <summary>Outcome of comparing a measurement with its baseline.</summary>
public enum Verdict
{
    /// <summary>No significant change.</summary>
    Same,

    /// <summary>Significantly faster (better) than the baseline.</summary>
    Faster,

    /// <summary>Significantly slower (worse) than the baseline.</summary>
    Slower,
}
