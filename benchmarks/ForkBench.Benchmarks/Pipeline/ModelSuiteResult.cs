using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>What the model suite measured, and the benchmark classes it did not reach (after Ctrl-C).</summary>
public sealed record ModelSuiteResult(IReadOnlyList<Measurement> Measurements, IReadOnlyList<string> NotRun);
