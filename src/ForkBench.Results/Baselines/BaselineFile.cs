namespace ForkBench.Results.Baselines;

/// <summary>A committed baseline: results/baselines/&lt;host&gt;/&lt;suite&gt;.json.</summary>
/// <param name="Suite">The first segment of its measurement ids ("model", "native").</param>
public sealed record BaselineFile(string HostId, string Suite, string Path);
