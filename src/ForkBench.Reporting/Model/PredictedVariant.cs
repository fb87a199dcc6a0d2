namespace ForkBench.Reporting.Model;

/// <summary>
/// A row of the prediction table: the variant's predicted cost per scenario
/// (null where the run has no counts for it), whether each depends on costs
/// the calibration cannot separate, and whether the variant models the
/// calibrated kernel.
/// </summary>
public sealed record PredictedVariant(string Variant, bool ModelsThisKernel, IReadOnlyList<double?> PredictedNs, IReadOnlyList<bool> Undetermined);
