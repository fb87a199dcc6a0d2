namespace ForkBench.Calibration.Points;

/// <summary>
/// One native marginal point: a process's fork latency minus the same run's
/// no-buffer floor median, per fork, in ns (results/README.md, metric
/// <c>marginal</c>), pooled over the runs that measured it.
/// </summary>
/// <param name="Id">The measurement id, e.g. <c>native/fork-marginal/anon-4k/pin=all/rss=1gib</c>.</param>
/// <param name="Tail">The scenario tail (the <c>scenario</c> parameter).</param>
/// <param name="Spawn">How the child was made: <c>fork</c> or <c>vfork</c>.</param>
/// <param name="SamplesNs">Every sample, in ns.</param>
/// <param name="MedianNs">Their median (type 7).</param>
/// <param name="RunIds">The runs the samples came from.</param>
public sealed record MarginalPoint(string Id, string Tail, string Spawn, IReadOnlyList<double> SamplesNs, double MedianNs, IReadOnlyList<string> RunIds);
