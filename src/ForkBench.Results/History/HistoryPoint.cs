using ForkBench.Results.Documents;

namespace ForkBench.Results.History;

/// <summary>One run's value for one id: the sample median of its samples (see <see cref="Statistics.SampleQuantile"/>).</summary>
public sealed record HistoryPoint(RunInfo Run, double Median, int SampleCount);
