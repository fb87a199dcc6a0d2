using ForkBench.Results.Documents;

namespace ForkBench.Results.History;

/// <summary>The series of one id over runs, in time order, with its change points.</summary>
public sealed record IdHistory(string Id, SampleUnit Unit, IReadOnlyList<HistoryPoint> Points, IReadOnlyList<ChangePoint> ChangePoints);
