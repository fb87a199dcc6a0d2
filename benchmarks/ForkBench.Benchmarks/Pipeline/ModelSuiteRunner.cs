using BenchmarkDotNet.Reports;
using Measurement = ForkBench.Results.Documents.Measurement;
using BenchmarkDotNet.Running;
using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Model;
using ForkBench.Results.Documents;
using ForkBench.Results.Importing;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Runs the default run's model classes (<see cref="ModelSuite.DefaultRunTypes"/>) with the quick job in this process (each case's
/// invocations set by <see cref="QuickIterationPlan"/>) and turns BenchmarkDotNet's
/// in-memory summaries straight into measurements (every raw iteration, the
/// id and parameters of <see cref="ModelBenchmarkIdentity"/>), each with the
/// exact counts of its case and the PTE count they are per ("ptes"). The
/// JSON reports are still written beside model.log, for people.
/// BenchmarkDotNet's console output goes to model.log in the artifacts folder.
/// Ctrl-C stops the suite at the end of the case it is running: the later cases'
/// global setups fail at once (<see cref="ModelCancellation"/>), and later
/// classes are not started. What was not measured is named in
/// <see cref="ModelSuiteResult.NotRun"/> and left out of the measurements.
/// </summary>
public static class ModelSuiteRunner
{
    /// <param name="results">The run's results folder: BenchmarkDotNet's artifacts go to its runs/model-&lt;time&gt;/.</param>
    public static ModelSuiteResult Run(string results, DateTime startUtc, RunProgress progress, CancellationToken cancel)
    {
        string artifacts = ModelConfig.ArtifactsPath(results, startUtc);
        Directory.CreateDirectory(artifacts);
        ModelParams.Current = ModelPreset.Quick;
        var config = ModelConfig.Create(ModelPreset.Quick, withJob: true, artifacts);
        var summaries = new List<Summary>();
        var notRun = new List<string>();
        TextWriter console = Console.Out;
        using (var log = new StreamWriter(Path.Combine(artifacts, "model.log")))
        {
            int total = ModelSuite.Cases(ModelPreset.Quick, ModelSuite.DefaultRunTypes).Count, done = 0;
            string current = "";
            progress.Phase("model suite", total);
            Console.SetOut(new BenchmarkLogWriter(log,
                started: name => progress.Step(done, current = name),
                finished: () => progress.Step(++done, current)));
            using IDisposable stop = ModelCancellation.Use(cancel);
            try
            {
                foreach (Type type in ModelSuite.DefaultRunTypes)
                {
                    if (cancel.IsCancellationRequested)
                        notRun.Add($"{type.Name} (every case)");
                    else
                        summaries.Add(BenchmarkRunner.Run(QuickIterationPlan.Apply(BenchmarkConverter.TypeToBenchmarks(type, config))));
                }
            }
            finally
            {
                Console.SetOut(console);
            }
        }
        if (summaries.Any(s => s.HasCriticalValidationErrors))
            throw new InvalidOperationException($"the model suite did not validate; see {Path.Combine(artifacts, "model.log")}");
        var measurements = new List<Measurement>();
        var partlyRun = new List<string>();
        foreach (Summary summary in summaries)
        {
            int stopped = 0;
            foreach (BenchmarkReport report in summary.Reports)
            {
                double[] samples = Samples(report);
                // After Ctrl-C a case without iterations was stopped in its set-up, not broken: it is not run, not skipped.
                if (samples.Length == 0 && cancel.IsCancellationRequested)
                    stopped++;
                else
                    measurements.Add(ToMeasurement(report, samples));
            }
            if (stopped > 0)
                partlyRun.Add($"{summary.Reports[0].BenchmarkCase.Descriptor.Type.Name} ({stopped} of its {summary.Reports.Length} cases)");
        }
        return new ModelSuiteResult(measurements, [.. partlyRun, .. notRun]);
    }

    private static double[] Samples(BenchmarkReport report) =>
        RawIteration.Samples(report.AllMeasurements.Select(m =>
            new RawIteration(m.IterationMode.ToString(), m.IterationStage.ToString(), m.LaunchIndex, m.IterationIndex, m.Operations, m.Nanoseconds)));

    private static Measurement ToMeasurement(BenchmarkReport report, double[] samples)
    {
        var (id, parameters) = ModelBenchmarkIdentity.For(report.BenchmarkCase);
        if (samples.Length == 0)
            return MeasurementFactory.Skipped(id, parameters, SampleUnit.Nanoseconds, "BenchmarkDotNet recorded no Workload/Result iterations (the benchmark failed)");
        return MeasurementFactory.Create(id, parameters, SampleUnit.Nanoseconds, samples, Counts(report));
    }

    /// <summary>The exact counts of the case (with the PTEs they are per) and the bytes allocated per operation.</summary>
    private static Dictionary<string, long>? Counts(BenchmarkReport report)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (CountCache.For(report.BenchmarkCase) is { } run)
        {
            foreach (var (name, value) in run.Counts.ToDictionary())
                counts[name] = value;
            counts["ptes"] = run.Ptes;
        }
        if (report.Metrics.TryGetValue("Allocated Memory", out var allocated))
            counts[BenchmarkDotNetImporter.AllocatedBytesCount] = (long)Math.Round(allocated.Value);
        return counts.Count == 0 ? null : counts;
    }
}
