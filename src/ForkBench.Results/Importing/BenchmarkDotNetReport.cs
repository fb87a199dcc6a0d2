namespace ForkBench.Results.Importing;

/// <summary>
/// The parts of BenchmarkDotNet's full JSON export (JsonExporter.Full, file
/// *-report-full.json or *-report-full-compressed.json) that the import
/// reads. Property names are BenchmarkDotNet's.
/// </summary>
internal sealed record BenchmarkDotNetReport(string? Title, IReadOnlyList<BenchmarkDotNetReport.Benchmark>? Benchmarks)
{
    internal sealed record Benchmark(
        string? Namespace,
        string? Type,
        string? Method,
        string? Parameters,
        string? FullName,
        IReadOnlyList<RawMeasurement>? Measurements,
        IReadOnlyList<Metric>? Metrics);

    /// <summary>One iteration: <see cref="Nanoseconds"/> for <see cref="Operations"/> invocations.</summary>
    internal sealed record RawMeasurement(
        string? IterationMode,
        string? IterationStage,
        int LaunchIndex,
        int IterationIndex,
        long Operations,
        double Nanoseconds);

    internal sealed record Metric(double Value, MetricDescriptor? Descriptor);

    internal sealed record MetricDescriptor(string? Id, string? Unit);
}
