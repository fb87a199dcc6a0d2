namespace ForkBench.Results.Documents;

/// <summary>What produced the run: when, which tool version, which commit.</summary>
/// <param name="Id">Unique run id; also the file name under results/runs/.</param>
/// <param name="TimeUtc">When the run was taken, UTC (see results/README.md for imported runs).</param>
/// <param name="ToolVersion">The ForkBench version that wrote the document.</param>
/// <param name="GitCommit">The commit of the working tree, or "unknown".</param>
/// <param name="Source">Where the measurements came from ("benchmarkdotnet", "native", ...).</param>
public sealed record RunInfo(string Id, DateTime TimeUtc, string ToolVersion, string GitCommit, string Source);
