namespace ForkBench.Calibration.Documents;

/// <summary>
/// A copy variant's predicted cost of one process on the calibrated host:
/// the steady-state fork of its model twin, priced with the fitted costs.
/// A prediction, never a measurement.
/// </summary>
/// <param name="Tail">The process, e.g. <c>anon-thp/pin=all/rss=1gib</c>.</param>
/// <param name="PredictedNs">Null when the model cannot build the process under the variant (see <paramref name="Refusal"/>).</param>
/// <param name="Undetermined">The prediction depends on costs the calibration's points cannot tell apart.</param>
public sealed record VariantPrediction(string Tail, string Variant, double? PredictedNs, bool Undetermined, string? Refusal = null);
