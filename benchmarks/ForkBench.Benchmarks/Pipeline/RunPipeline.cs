using System.Diagnostics;
using System.Globalization;
using ForkBench.Results.Baselines;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;
using ForkBench.Results.IO;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// The default run: the quick native sweep, the quick model suite, one run
/// document in results/runs/, the comparison with this host's committed
/// baseline (or how to make one), and the report in results/reports/.
/// Progress, with the time left, goes to stderr; where things are, to stdout.
/// </summary>
public sealed class RunPipeline(TextWriter output, TextWriter error)
{
    /// <summary>Rough durations on a 2-core machine, for the time-left estimate.</summary>
    private static readonly TimeSpan ModelEstimate = TimeSpan.FromSeconds(110), NativeEstimate = TimeSpan.FromSeconds(45);

    private readonly Stopwatch _clock = new();

    public int Run(bool runModel, bool runNative, CancellationToken cancel)
    {
        _clock.Start();
        DateTime start = DateTime.UtcNow;
        string results = ResultsDirectory.FindFromCurrentDirectory();
        var measurements = new List<Measurement>();
        bool incomplete = false;
        // Native first: every fork pays for the measuring process's own
        // mappings, and the in-process model suite grows them (its machines,
        // the GC heap). Measured first, the native floor stays small and
        // comparable from run to run.
        if (runNative && !cancel.IsCancellationRequested)
        {
            Phase("native quick sweep", runModel ? NativeEstimate + ModelEstimate : NativeEstimate);
            var (native, notRun, interrupted) = NativeQuickRunner.Run(error, cancel);
            if (notRun is not null)
                error.WriteLine($"native: not run: {notRun}");
            measurements.AddRange(native);
            incomplete |= interrupted;
        }
        if (runModel && !cancel.IsCancellationRequested)
        {
            Phase("model suite", ModelEstimate);
            measurements.AddRange(ModelSuiteRunner.Run(start, error));
        }
        if (measurements.Count == 0)
        {
            error.WriteLine("forkbench run: nothing was measured");
            return Cli.ExitCodes.UsageOrDataError;
        }

        Phase("results and report", TimeSpan.FromSeconds(5));
        RunInfo info = RunInfoFactory.Create(start, RunInfoFactory.ToolVersion(),
            GitCommitReader.Read(SystemTextFileSource.Instance, Directory.GetCurrentDirectory()), "run");
        var run = new RunDocument(SchemaVersion.Current, info, HostInfoReader.ReadCurrent(), measurements);
        string runPath = Path.Combine(ResultsDirectory.Runs(results), info.Id + ".json");
        RunDocumentFile.WriteNew(runPath, run);
        output.WriteLine($"run:        {runPath}{(incomplete ? "  (incomplete: interrupted)" : "")}");

        RunComparison? comparison = Compare(results, run, runPath);
        string reportDirectory = Path.Combine(results, "reports", info.Id);
        var written = ReportProducer.Write(run, comparison, reportDirectory, error);
        output.WriteLine($"report:     {Path.Combine(written.Directory, "report.txt")}");
        output.WriteLine($"plots:      {string.Join(", ", written.Files.Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)).Select(Path.GetFileName))}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall time:  {_clock.Elapsed.TotalSeconds:0} s"));
        return incomplete ? Cli.ExitCodes.UsageOrDataError : Cli.ExitCodes.Success;
    }

    private RunComparison? Compare(string results, RunDocument run, string runPath)
    {
        var store = new BaselineStore(ResultsDirectory.Baselines(results));
        RunDocument? baseline = store.LoadFor(run);
        if (baseline is null)
        {
            output.WriteLine($"baseline:   none for host '{run.Host.Id}'; record this run as one with:");
            output.WriteLine($"            dotnet run -c Release --project benchmarks/ForkBench.Benchmarks -- baseline update --from {runPath}");
            return null;
        }
        RunComparison comparison = RunComparer.Compare(baseline, run, ComparisonOptions.Default);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline:   {baseline.Run.Id}: {comparison.CountOf(Verdict.Slower)} slower, {comparison.CountOf(Verdict.Faster)} faster, {comparison.CountOf(Verdict.Same)} same"));
        foreach (var warning in comparison.Warnings)
            error.WriteLine($"compare: {warning}");
        return comparison;
    }

    private void Phase(string name, TimeSpan left) =>
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{_clock.Elapsed.TotalSeconds,4:0} s] {name} (about {left.TotalSeconds:0} s left)"));
}
