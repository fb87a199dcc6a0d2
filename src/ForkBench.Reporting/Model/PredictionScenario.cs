namespace ForkBench.Reporting.Model;

/// <summary>
/// A column of the prediction table: a scenario by its label ("4K pinned"),
/// its id tail, and what this run measured for it natively (the median
/// marginal cost: fork latency minus the run's floor), null if not measured.
/// </summary>
public sealed record PredictionScenario(string Label, string Tail, double? MeasuredNs);
