namespace ForkBench.Results.Comparison;

/// <summary>Something that weakens a comparison, with what to do about it.</summary>
/// <param name="Code">Stable short name ("host-mismatch", "environment-differs", "incomplete").</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What the user can do.</param>
public sealed record ComparisonWarning(string Code, string Message, string Hint);
