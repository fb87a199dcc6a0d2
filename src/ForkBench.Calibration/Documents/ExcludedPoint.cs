namespace ForkBench.Calibration.Documents;

/// <summary>A native marginal point the fit did not use, and why (no model twin, no counted work, ...).</summary>
public sealed record ExcludedPoint(string Id, string Reason);
