using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>What the model suite measured, and what it did not (after Ctrl-C): per benchmark class, "(every case)" or "(N of its M cases)".</summary>
public sealed record ModelSuiteResult(IReadOnlyList<Measurement> Measurements, IReadOnlyList<string> NotRun);
