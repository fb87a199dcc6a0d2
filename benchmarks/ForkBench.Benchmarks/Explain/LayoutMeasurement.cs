namespace ForkBench.Benchmarks.Explain;

/// <summary>
/// A layout's fork measured by parts: each costly mapping reproduced alone
/// in a buffer of the native engine (never the target), forked, and its
/// marginal cost (latency minus the same run's no-buffer floor) measured.
/// </summary>
/// <param name="Parts">Per mapping: its scenario tail, the predicted and the measured marginal cost (ns; null when skipped) and why skipped.</param>
/// <param name="FloorNs">The no-buffer fork's median, from the first part's run.</param>
public sealed record LayoutMeasurement(IReadOnlyList<(string Tail, double PredictedNs, double? MeasuredNs, string? Skipped)> Parts, double? FloorNs)
{
    /// <summary>The measured marginal costs added up (the parts that ran).</summary>
    public double MeasuredNs => Parts.Sum(p => p.MeasuredNs ?? 0);

    /// <summary>The predicted costs of the parts that ran.</summary>
    public double PredictedNs => Parts.Where(p => p.MeasuredNs is not null).Sum(p => p.PredictedNs);
}
