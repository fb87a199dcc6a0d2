namespace ForkBench.Reporting.Model;

/// <summary>
/// One scenario's fork() latency over a range of sizes
/// (e.g. "4 KiB", "4 KiB pinned", "THP pinned").
/// </summary>
public sealed record LatencySeries(string Name, IReadOnlyList<LatencyPoint> Points);
