using ForkBench.Reporting.Png;

namespace ForkBench.Reporting.Output;

/// <summary>The report folder written, its files (names relative to it) and what happened to each PNG.</summary>
public sealed record ReportWriteResult(string Directory, IReadOnlyList<string> Files, IReadOnlyList<PngConversionResult> Png);
