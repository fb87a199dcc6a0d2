namespace ForkBench.Results.Documents;

/// <summary>What produced the run: when, which tool version, which commit.</summary>
/// <param name="Id">Unique run id; also the file name under results/runs/.</param>
/// <param name="TimeUtc">When the run was taken, UTC (see results/README.md for imported runs).</param>
/// <param name="ToolVersion">The ForkBench version that wrote the document.</param>
/// <param name="GitCommit">The commit of the working tree, or "unknown".</param>
/// <param name="Source">Where the measurements came from ("benchmarkdotnet", "native", ...).</param>
/// <param name="IncompleteReason">
/// Why the run stopped before it measured everything it planned (e.g.
/// "interrupted (SIGINT) during the model suite"), or null for a whole run.
/// Unfinished points carry their own Incomplete mark; this says the run as a
/// whole is partial, so a report says so and a baseline refuses it.
/// </param>
/// <param name="Replicates">
/// For a document that pools several runs (a replicated baseline), the
/// ids of those runs in order; each measurement's RunLengths says which
/// samples came from which. Null for a single run.
/// </param>
public sealed record RunInfo(string Id, DateTime TimeUtc, string ToolVersion, string GitCommit, string Source, string? IncompleteReason = null,
    IReadOnlyList<string>? Replicates = null);
