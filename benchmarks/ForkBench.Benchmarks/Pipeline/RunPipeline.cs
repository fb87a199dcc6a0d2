using System.Globalization;
using ForkBench.Benchmarks.Cli;
using ForkBench.Results;
using ForkBench.Results.Baselines;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;
using ForkBench.Native.Host;
using ForkBench.Results.IO;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// The default run: the quick native sweep, the quick model suite, one run
/// document in results/runs/, the comparison with this host's committed
/// baseline (or how to make one), and the report in results/reports/.
/// Progress, with the time left, goes to stderr; where things are, to stdout.
/// Every folder it writes is checked before anything is measured, and a
/// run document that still cannot be written is saved to the temporary
/// folder: measured data is never lost.
/// </summary>
public sealed class RunPipeline(TextWriter output, TextWriter error)
{
    private readonly RunProgress _progress = RunProgress.For(error);

    /// <param name="results">The results folder (results/ of the repository, or --results).</param>
    public int Run(bool runModel, bool runNative, string results, CancellationToken cancel)
    {
        DateTime start = DateTime.UtcNow;
        output.WriteLine($"results:    {results}{(ResultsDirectory.IsInRepository(results) ? "" : "  (no ForkBench.sln above the working directory, so results/ goes here)")}");
        string runs = ResultsDirectory.Runs(results), reports = ResultsDirectory.Reports(results);
        foreach (string directory in (string[])[runs, reports])
        {
            if (WritableDirectory.Problem(directory) is { } problem)
            {
                error.WriteLine($"forkbench run: {problem}; nothing was measured (pass --results <dir> to write elsewhere)");
                return ExitCodes.UsageOrDataError;
            }
        }

        var measurements = new List<Measurement>();
        var incomplete = new List<string>();
        string? freePageReporting = null;
        // Native first: every fork pays for the measuring process's own
        // mappings, and the in-process model suite grows them (its machines,
        // the GC heap). Measured first, the native floor stays small and
        // comparable from run to run.
        if (runNative && !cancel.IsCancellationRequested)
        {
            var (native, notRun, stoppedEarly, reporting) = NativeQuickRunner.Run(_progress, cancel);
            freePageReporting = reporting;
            if (notRun is not null)
                _progress.Note($"native: not run: {notRun}");
            measurements.AddRange(native);
            if (stoppedEarly is not null)
                incomplete.Add(stoppedEarly);
        }
        if (runModel)
        {
            if (cancel.IsCancellationRequested)
                incomplete.Add("the model suite was not run");
            else
            {
                ModelSuiteResult model = ModelSuiteRunner.Run(results, start, _progress, cancel);
                measurements.AddRange(model.Measurements);
                if (model.NotRun.Count > 0)
                    incomplete.Add($"model cases not run: {string.Join(", ", model.NotRun)}");
                if (!cancel.IsCancellationRequested)
                    measurements.AddRange(FloorRatioMeasurement.Measure(_progress, cancel));
            }
        }
        if (cancel.IsCancellationRequested && incomplete.Count == 0)
            incomplete.Add("interrupted after the last measurement");
        if (measurements.Count == 0)
        {
            error.WriteLine(cancel.IsCancellationRequested ? "forkbench run: interrupted before anything was measured" : "forkbench run: nothing was measured");
            return cancel.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.UsageOrDataError;
        }

        _progress.Phase("results and report", 0);
        _progress.Done();
        string? incompleteReason = incomplete.Count == 0 ? null
            : (cancel.IsCancellationRequested ? "interrupted: " : "") + string.Join("; ", incomplete);
        RunInfo info = RunInfoFactory.Create(start, RunInfoFactory.ToolVersion(),
            GitCommitReader.Read(SystemTextFileSource.Instance, Directory.GetCurrentDirectory()), "run") with { IncompleteReason = incompleteReason };
        var run = new RunDocument(SchemaVersion.Current, info, HostInfoReader.ReadCurrent() with { FreePageReporting = freePageReporting }, measurements);
        SavedRun saved = RunDocumentFile.WriteWithFallback(Path.Combine(runs, info.Id + ".json"), run);
        if (saved.PrimaryFailure is { } failure)
            error.WriteLine($"forkbench run: {failure}; the run was saved to {saved.Path} instead");
        output.WriteLine($"run:        {ResultsArguments.Display(saved.Path)}{(run.IsPartial ? "  (incomplete: " + (incompleteReason ?? "some points stopped short") + ")" : "")}");

        RunComparison? comparison = Compare(results, run, saved.Path);
        WriteReport(run, comparison, Path.Combine(reports, info.Id), results, saved.Path);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall time:  {_progress.Elapsed.TotalSeconds:0} s"));
        return cancel.IsCancellationRequested ? ExitCodes.Interrupted
            : saved.IsFallback || run.IsPartial ? ExitCodes.UsageOrDataError
            : ExitCodes.Success;
    }

    private void WriteReport(RunDocument run, RunComparison? comparison, string directory, string results, string runPath)
    {
        try
        {
            var written = ReportProducer.Write(run, comparison, directory, results, runPath, error);
            output.WriteLine($"report:     {ResultsArguments.Display(Path.Combine(written.Directory, "report.txt"))}");
            output.WriteLine($"plots:      {string.Join(", ", written.Files.Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)).Select(Path.GetFileName))}");
        }
        catch (Exception e) when (e is ResultsDataException or IOException or UnauthorizedAccessException)
        {
            // The run document is safe; the report can be drawn again from it.
            error.WriteLine($"forkbench run: the report was not written: {e.Message}");
        }
    }

    private static string CountsNote(RunComparison comparison)
    {
        int changed = comparison.Measurements.Count(m => m.CountChanges.Count > 0);
        return changed == 0 ? "" : $"; exact counts changed for {changed} id(s)";
    }

    private RunComparison? Compare(string results, RunDocument run, string runPath)
    {
        var store = new BaselineStore(ResultsDirectory.Baselines(results));
        RunDocument? baseline = store.LoadFor(run);
        if (baseline is null)
        {
            output.WriteLine($"baseline:   none for host '{run.Host.Id}'");
            if (run.IsPartial)
                output.WriteLine("            this run is incomplete, so it is not suggested as one; run again to completion");
            else
            {
                // This run and the newest other complete runs of the host.
                string[] recent = [runPath, .. CompleteRuns.Newest(ResultsDirectory.Runs(results), run.Host.Id, CompleteRuns.BaselineRuns)
                    .Where(p => Path.GetFullPath(p) != Path.GetFullPath(runPath)).Take(CompleteRuns.BaselineRuns - 1)];
                output.WriteLine(recent.Length >= CompleteRuns.BaselineRuns
                    ? $"            record the {recent.Length} latest runs as the baseline with:"
                    : $"            record the baseline with ({CompleteRuns.BaselineRuns} runs are better, so compare knows how far unchanged runs move: run again first):");
                output.WriteLine($"            {PrintedCommand.Forkbench(["baseline", "update", "--from", .. recent.Select(ResultsArguments.Display), .. ResultsArguments.ResultsOptionFor(results)])}");
            }
            return null;
        }
        RunComparison comparison = RunComparer.Compare(baseline, run, ComparisonOptions.Default);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline:   {baseline.Run.Id}: {comparison.CountOf(Verdict.Slower)} slower, {comparison.CountOf(Verdict.Faster)} faster, {comparison.CountOf(Verdict.Same)} same, {comparison.CountOf(Verdict.Unknown)} unknown{CountsNote(comparison)}"));
        ResultsArguments.WriteWarnings(comparison.Warnings, error);
        return comparison;
    }
}
