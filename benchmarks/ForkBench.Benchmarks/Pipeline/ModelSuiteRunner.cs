using BenchmarkDotNet.Reports;
using Measurement = ForkBench.Results.Documents.Measurement;
using BenchmarkDotNet.Running;
using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Model;
using ForkBench.Results.Documents;
using ForkBench.Results.Importing;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Runs the quick model suite in this process, imports BenchmarkDotNet's full
/// JSON reports (every raw iteration) and attaches to each measurement the
/// exact counts of its case, with the PTE count they are per ("ptes").
/// BenchmarkDotNet's console output goes to model.log in the artifacts folder.
/// The suite runs class by class so that Ctrl-C stops it at the next class
/// boundary (BenchmarkDotNet itself cannot be stopped mid-run); the classes
/// it did not reach are named in <see cref="ModelSuiteResult.NotRun"/>.
/// </summary>
public static class ModelSuiteRunner
{
    public static ModelSuiteResult Run(DateTime startUtc, TextWriter progress, CancellationToken cancel)
    {
        string artifacts = ModelConfig.DefaultArtifactsPath(startUtc);
        Directory.CreateDirectory(artifacts);
        ModelParams.Current = ModelPreset.Quick;
        var config = ModelConfig.Create(ModelPreset.Quick, withJob: true, artifacts);
        var summaries = new List<Summary>();
        var notRun = new List<string>();
        TextWriter console = Console.Out;
        using (var log = new StreamWriter(Path.Combine(artifacts, "model.log")))
        {
            Console.SetOut(new BenchmarkLogWriter(log, progress));
            try
            {
                foreach (Type type in ModelSuite.Types)
                {
                    if (cancel.IsCancellationRequested)
                        notRun.Add(type.Name);
                    else
                        summaries.Add(BenchmarkRunner.Run(type, config));
                }
            }
            finally
            {
                Console.SetOut(console);
            }
        }
        if (summaries.Any(s => s.HasCriticalValidationErrors))
            throw new InvalidOperationException($"the model suite did not validate; see {Path.Combine(artifacts, "model.log")}");
        return new ModelSuiteResult(AttachCounts(Import(artifacts), summaries), notRun);
    }

    private static List<Measurement> Import(string artifacts)
    {
        var measurements = new List<Measurement>();
        foreach (string report in Directory.EnumerateFiles(artifacts, "*-report-full*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            measurements.AddRange(BenchmarkDotNetImporter.Import(File.ReadAllBytes(report), report, BenchmarkCategoryLookup.Find));
        return measurements;
    }

    private static List<Measurement> AttachCounts(List<Measurement> measurements, IEnumerable<Summary> summaries)
    {
        var counts = new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal);
        foreach (BenchmarkCase benchmarkCase in summaries.SelectMany(s => s.BenchmarksCases))
        {
            if (CountCache.For(benchmarkCase) is { } run)
            {
                var values = new Dictionary<string, long>(run.Counts.ToDictionary()) { ["ptes"] = run.Ptes };
                counts[ModelBenchmarkId.For(benchmarkCase)] = values;
            }
        }
        return [.. measurements.Select(m => counts.TryGetValue(m.Id, out var c) ? m with { Counts = c } : m)];
    }
}
