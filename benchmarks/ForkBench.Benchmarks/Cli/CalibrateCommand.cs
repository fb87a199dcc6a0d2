using System.CommandLine;
using System.Diagnostics;
using ForkBench.Calibration;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Points;
using ForkBench.Calibration.Text;
using ForkBench.Calibration.Twins;
using ForkBench.Native.Host;
using ForkBench.Results;
using ForkBench.Results.Documents;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench calibrate</c>: fits per-operation costs to a host's native
/// marginal fork costs, prints the fit and its held-out checks, and caches
/// it in results/calibration/&lt;host-id&gt;.json for <c>predict</c>.
/// </summary>
public sealed class CalibrateCommand : ForkBenchCommand
{
    /// <summary>An example tail for the printed predict command.</summary>
    private const string ExampleScenario = "anon-thp/pin=all/rss=1gib";

    private readonly Option<string[]> _from = new("--from")
    {
        Description = "the run(s) whose native marginal points to fit (default: the newest complete run of this host that has them)",
        HelpName = "run.json",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string> _results = ResultsArguments.ResultsOption();

    public CalibrateCommand() : base("calibrate", "fit per-operation costs to this host's native fork costs (for predict)")
    {
        Options.Add(_from);
        Options.Add(_results);
    }

    public override string Details =>
        """
        Takes the native marginal points of a run (each fork's latency minus
        the run's no-buffer floor), builds each point's twin in the kernel
        model under the variant that models the run's kernel, and fits the
        twins' exact operation counts to the measured medians: non-negative
        least squares on relative error, one cost per PTE read, PTE write,
        locked RMW, struct page line, 4 KiB page copy, lock cycle, page
        allocation, page-table allocation and PMD split (columns that move
        together in the data are merged). Intervals come from a bootstrap of
        the samples; held-out checks predict each scenario family, and the
        pinned THP/mTHP points, from fits that did not see them. The model's
        own timings are never used. Writes results/calibration/<host-id>.json
        (replacing an older one); 'predict' prices any scenario with it.
        Twins are counted at the measured sizes (a 1 GiB pinned point needs
        about 2 GiB and a second). Exit 2: no usable run, or too few points.
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error) =>
        ResultsArguments.Guard(Name, error, () =>
        {
            string resultsDirectory = ResultsArguments.ResultsDirectory(parsed.GetValue(_results));
            string[] from = parsed.GetValue(_from) ?? [];
            IReadOnlyList<RunDocument> runs = from.Length > 0
                ? [.. from.Select(RunDocumentFile.Read)]
                : [NewestRunWithMarginalPoints(resultsDirectory)];

            CalibrationDocument calibration = Fit(runs, error);

            CalibrationTextWriter.Write(calibration, output);
            string path = Save(calibration, resultsDirectory);
            output.WriteLine();
            output.WriteLine($"Wrote {ResultsArguments.Display(path)}");
            output.WriteLine("Predict a scenario with:");
            output.WriteLine("  " + PrintedCommand.Forkbench(["predict", "--scenario", ExampleScenario, .. ResultsArguments.ResultsOptionFor(resultsDirectory)]));
            return ExitCodes.Success;
        });

    /// <summary>Fits the runs, with progress on <paramref name="error"/>: a live line on a terminal, elsewhere a line every ten seconds at most.</summary>
    internal static CalibrationDocument Fit(IReadOnlyList<RunDocument> runs, TextWriter error)
    {
        var progress = ProgressLine.For(error);
        bool terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var clock = Stopwatch.StartNew();
        TimeSpan? lastShown = null;
        CalibrationDocument calibration = new Calibrator(new ModelTwinCounter()).Calibrate(runs, DateTime.UtcNow, text =>
        {
            if (!terminal && lastShown is { } shown && clock.Elapsed - shown < TimeSpan.FromSeconds(10))
                return;
            lastShown = clock.Elapsed;
            progress.Show($"calibrate: {text}");
        });
        progress.Clear();
        return calibration;
    }

    /// <summary>Writes the host's calibration cache; returns its path.</summary>
    internal static string Save(CalibrationDocument calibration, string resultsDirectory)
    {
        string path = CalibrationFile.PathFor(resultsDirectory, calibration.HostId);
        CalibrationFile.Write(path, calibration);
        return path;
    }

    /// <summary>The newest complete run of this host in results/runs with native marginal points.</summary>
    /// <exception cref="ResultsDataException">There is none (the message says how to make one).</exception>
    internal static RunDocument NewestRunWithMarginalPoints(string resultsDirectory)
    {
        string hostId = HostInfoReader.ReadCurrent().Id;
        string runs = ResultsDirectory.Runs(resultsDirectory);
        if (CompleteRuns.Find(runs, hostId, 1, run => run.Measurements.Any(MarginalPointReader.IsMarginal)) is [var newest])
            return newest.Run;
        throw new ResultsDataException(
            $"no complete run of this host ({hostId}) with native marginal points in {ResultsArguments.Display(runs)}; "
            + $"make one with: {PrintedCommand.Forkbench(["run", .. ResultsArguments.ResultsOptionFor(resultsDirectory)])} (or pass --from <run.json>)");
    }
}
