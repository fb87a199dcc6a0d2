namespace ForkBench.Reporting.Output;

/// <summary>The report folder written and its files (names relative to it).</summary>
public sealed record ReportWriteResult(string Directory, IReadOnlyList<string> Files);
