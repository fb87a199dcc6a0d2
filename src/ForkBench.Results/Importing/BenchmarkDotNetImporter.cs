using System.Text.Json;
using ForkBench.Results.Documents;

namespace ForkBench.Results.Importing;

/// <summary>
/// Turns BenchmarkDotNet's full JSON export into measurements, keeping
/// every raw sample: the Workload/Result iterations (BenchmarkDotNet's
/// overhead-corrected measurements), each as nanoseconds per operation
/// (Nanoseconds / Operations), in launch and iteration order. Pure: bytes in,
/// measurements out.
/// </summary>
public static class BenchmarkDotNetImporter
{
    /// <summary>Count recorded from MemoryDiagnoser's "Allocated Memory" metric, when present.</summary>
    public const string AllocatedBytesCount = "allocated-bytes-per-op";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <param name="categoryOf">
    /// The category of a benchmark (type full name, method), usually its
    /// [BenchmarkCategory], or null to use <see cref="BenchmarkIdMapper.FallbackCategory"/>:
    /// BenchmarkDotNet's JSON does not record categories.
    /// </param>
    /// <exception cref="ResultsDataException">Not a full BenchmarkDotNet export, or two benchmarks map to one id.</exception>
    /// <param name="identify">
    /// The id and parameters of a case the caller knows (ForkBench's own
    /// benchmarks); null for the generic mapping under the type's name.
    /// </param>
    public static IReadOnlyList<Measurement> Import(ReadOnlySpan<byte> utf8Json, string source, Func<ImportedCase, BenchmarkIdentity?> identify)
    {
        BenchmarkDotNetReport? report;
        try
        {
            report = JsonSerializer.Deserialize<BenchmarkDotNetReport>(utf8Json, Options);
        }
        catch (JsonException e)
        {
            throw new ResultsDataException($"{source}: not a BenchmarkDotNet JSON report: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        if (report?.Benchmarks is null)
            throw new ResultsDataException($"{source}: not a BenchmarkDotNet JSON report (no 'Benchmarks')");

        var measurements = new List<Measurement>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (BenchmarkDotNetReport.Benchmark benchmark in report.Benchmarks)
        {
            Measurement measurement = ImportOne(benchmark, source, identify);
            if (!ids.Add(measurement.Id))
                throw new ResultsDataException($"{source}: two benchmarks map to '{measurement.Id}' (more than one job? import one job per run)");
            measurements.Add(measurement);
        }
        if (measurements.Count == 0)
            throw new ResultsDataException($"{source}: the report holds no benchmarks");
        return measurements;
    }

    private static Measurement ImportOne(BenchmarkDotNetReport.Benchmark benchmark, string source, Func<ImportedCase, BenchmarkIdentity?> identify)
    {
        if (string.IsNullOrEmpty(benchmark.Type) || string.IsNullOrEmpty(benchmark.Method))
            throw new ResultsDataException($"{source}: a benchmark has no 'Type' or 'Method'");
        if (benchmark.Measurements is null)
            throw new ResultsDataException($"{source}: '{benchmark.FullName}' has no raw 'Measurements'; export with '--exporters json' (the full report), not the brief one");
        string typeFullName = string.IsNullOrEmpty(benchmark.Namespace) ? benchmark.Type : $"{benchmark.Namespace}.{benchmark.Type}";
        var imported = new ImportedCase(typeFullName, benchmark.Method, BenchmarkDotNetParameters.Parse(benchmark.Parameters));
        var (id, parameters) = identify(imported) ?? BenchmarkIdentity.Generic(BenchmarkIdMapper.FallbackCategory(benchmark.Type), imported);

        double[] samples = RawIteration.Samples(benchmark.Measurements.Select(m =>
            new RawIteration(m.IterationMode, m.IterationStage, m.LaunchIndex, m.IterationIndex, m.Operations, m.Nanoseconds)));
        if (samples.Length == 0)
            return MeasurementFactory.Skipped(id, parameters, SampleUnit.Nanoseconds, "BenchmarkDotNet recorded no Workload/Result iterations (the benchmark failed or did not run)");
        if (samples.Any(s => !double.IsFinite(s)))
            throw new ResultsDataException($"{source}: '{benchmark.FullName}' has a measurement that is not a finite number");

        return MeasurementFactory.Create(id, parameters, SampleUnit.Nanoseconds, samples, Counts(benchmark));
    }

    private static Dictionary<string, long>? Counts(BenchmarkDotNetReport.Benchmark benchmark)
    {
        var allocated = benchmark.Metrics?.FirstOrDefault(m => m.Descriptor?.Id == "Allocated Memory" && m.Descriptor.Unit == "B");
        return allocated is null ? null : new Dictionary<string, long> { [AllocatedBytesCount] = (long)Math.Round(allocated.Value) };
    }
}
