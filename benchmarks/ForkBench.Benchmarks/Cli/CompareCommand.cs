using System.CommandLine;
using ForkBench.Results.Baselines;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary><c>forkbench compare</c>: a run against a baseline, id by id. Writes nothing.</summary>
public sealed class CompareCommand : ForkBenchCommand
{
    private readonly Argument<string[]> _runs = CommandOptions.Paths("runs", "run.json", "<baseline.json> <current.json>..., or <current.json>... with --baseline-for-host (several current runs are pooled)");

    private readonly Option<bool> _forHost = CommandOptions.Flag("baseline-for-host",
        "use the committed baseline of the current run's host: results/baselines/<host-id>/<suite>.json");

    private readonly ComparisonArguments _comparison = new();
    private readonly Option<string> _results = ResultsArguments.ResultsOption();

    public CompareCommand() : base("compare", "compare a run with a baseline: Faster / Slower / Same per id")
    {
        Arguments.Add(_runs);
        Options.Add(_forHost);
        _comparison.AddTo(this);
        Options.Add(_results);
    }

    public override string Details =>
        """
        Usage: forkbench compare <baseline.json> <current.json> [<current.json>...] [options]
               forkbench compare --baseline-for-host <current.json> [<current.json>...] [options]

        Compares every measurement id present in both runs: medians, the ratio
        current/baseline with its confidence interval, and a verdict (Faster,
        Slower, Same, Unknown) from an equivalence test on the samples. When
        the baseline pools several runs (baseline update --from r1 r2 r3), a
        Slower or Faster must also be beyond how far the id moves between
        unchanged runs (the "runs" column); otherwise it is Unknown. A change
        in the model's exact counts is listed as a change of its own: it is
        certain, whatever the timing says. Ids on one side only, skipped
        scenarios and multimodal samples are listed; a different host and a
        one-run baseline are warned about on stderr. Several current runs (of
        one host) are pooled like a replicated baseline: the run limit then
        shrinks with their number, so a smaller change can be told from noise.

        Exit codes: 0 no regression, 1 regression (an id is Slower, or an
                    exact count rose),
                    2 usage or data error (one line on stderr).
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error) =>
        ResultsArguments.Guard(Name, error, () =>
        {
            bool forHost = parsed.GetValue(_forHost);
            ComparisonOptions options = _comparison.Read(parsed);
            string resultsDirectory = ResultsArguments.ResultsDirectory(parsed.GetValue(_results));
            string[] runs = parsed.GetValue(_runs) ?? [];
            int least = forHost ? 1 : 2;
            if (runs.Length < least)
            {
                throw new UsageException(forHost
                    ? "give the current run (one run document, or several to pool) with --baseline-for-host"
                    : "give the baseline, then the current run (or several to pool); or the current run alone with --baseline-for-host");
            }

            string[] currentPaths = forHost ? runs : runs[1..];
            RunDocument[] currentRuns = [.. currentPaths.Select(RunDocumentFile.Read)];
            RunDocument current = currentRuns.Length == 1 ? currentRuns[0] : ReplicatedRun.Merge(currentRuns);
            RunDocument baseline = forHost ? HostBaseline(resultsDirectory, current, currentPaths[^1]) : RunDocumentFile.Read(runs[0]);
            RunComparison comparison = RunComparer.Compare(baseline, current, options);
            ResultsArguments.WriteWarnings(comparison.Warnings, error);
            ComparisonTextWriter.Write(comparison, output);
            return comparison.IsRegression ? ExitCodes.Regression : ExitCodes.Success;
        });

    private static RunDocument HostBaseline(string resultsDirectory, RunDocument current, string currentPath)
    {
        var store = new BaselineStore(ResultsDirectory.Baselines(resultsDirectory));
        return store.LoadFor(current) ?? throw new Results.ResultsDataException(
            $"no baseline for host '{current.Host.Id}' in {store.HostDirectory(current.Host.Id)}; " +
            $"to record this run as one: {PrintedCommand.Forkbench(["baseline", "update", "--from", ResultsArguments.Display(currentPath), .. ResultsArguments.ResultsOptionFor(resultsDirectory)])}");
    }
}
