namespace ForkBench.Reporting.Model;

/// <summary>
/// A native point's cost per pagemap walk, paired in rounds within the run:
/// the median of the rounds' (fork - fork with the buffer hidden) / walk,
/// with its 95% interval (null bounds where the sample was too small).
/// </summary>
/// <param name="Scenario">The scenario's table label ("4 KiB", "file private").</param>
public sealed record PerWalkRow(string Scenario, long SizeBytes, double Median, double? Lower, double? Upper, int Rounds);
