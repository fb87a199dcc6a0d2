namespace ForkBench.Results.Comparison;

/// <summary>A measurement left out of the comparison because one side skipped it.</summary>
/// <param name="Side">"baseline" or "current".</param>
public sealed record SkippedMeasurement(string Id, string Side, string Reason);
