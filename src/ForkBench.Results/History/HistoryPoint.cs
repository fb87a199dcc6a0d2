using ForkBench.Results.Documents;

namespace ForkBench.Results.History;

/// <summary>One run's value for one id: the Harrell-Davis median of its samples.</summary>
public sealed record HistoryPoint(RunInfo Run, double Median, int SampleCount);
