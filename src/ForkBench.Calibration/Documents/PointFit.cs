namespace ForkBench.Calibration.Documents;

/// <summary>A point of a fit or of a held-out check: measured median marginal cost and the predicted one, in ns.</summary>
/// <param name="Tail">The scenario tail.</param>
/// <param name="Samples">How many samples the measured median is of.</param>
public sealed record PointFit(string Tail, int Samples, double MeasuredNs, double PredictedNs)
{
    /// <summary>(predicted - measured) / measured, in percent.</summary>
    public double ErrorPercent => (PredictedNs - MeasuredNs) / MeasuredNs * 100;
}
