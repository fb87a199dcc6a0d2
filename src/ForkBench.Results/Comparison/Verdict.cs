namespace ForkBench.Results.Comparison;

/// <summary>The outcome of comparing one measurement with its baseline.</summary>
public enum Verdict
{
    /// <summary>Equivalent within the threshold (or the difference is not significant).</summary>
    Same,

    /// <summary>Significantly faster (smaller) by more than the threshold.</summary>
    Faster,

    /// <summary>Significantly slower (larger) by more than the threshold: a regression.</summary>
    Slower,

    /// <summary>Too few samples to decide (one sample on each side).</summary>
    Unknown,
}
