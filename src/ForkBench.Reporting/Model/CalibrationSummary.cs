namespace ForkBench.Reporting.Model;

/// <summary>
/// The report's calibration section: this host's fitted per-operation costs,
/// how well they predicted points they did not see, and every copy
/// variant's predicted cost of a few processes, beside the run's measured
/// marginal cost of the same processes. Every priced figure
/// is a prediction.
/// </summary>
/// <param name="Provenance">"calibrated 2026-11-30 on run X, held-out median error 9.1%".</param>
/// <param name="VariantReason">Which variant models the calibrated kernel, and why.</param>
/// <param name="Costs">The fitted costs the data determines (merged and unexercised columns left out).</param>
/// <param name="HeldOut">One line per held-out check.</param>
/// <param name="Scenarios">The columns of the prediction table, in order.</param>
/// <param name="Rows">One row per variant whose counts the run holds.</param>
/// <param name="Undetermined">Why a prediction marked '*' is uncertain beyond the held-out error; null when none is marked.</param>
public sealed record CalibrationSummary(
    string Provenance,
    string VariantReason,
    IReadOnlyList<CalibratedCost> Costs,
    IReadOnlyList<string> HeldOut,
    IReadOnlyList<PredictionScenario> Scenarios,
    IReadOnlyList<PredictedVariant> Rows,
    string? Undetermined);
