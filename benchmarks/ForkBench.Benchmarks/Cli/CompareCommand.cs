using ForkBench.Results.Baselines;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary><c>forkbench compare</c>: a run against a baseline, id by id. Writes nothing.</summary>
public sealed class CompareCommand : ICommand
{
    public string Name => "compare";

    public string Summary => "compare a run with a baseline: Faster / Slower / Same per id";

    public IReadOnlySet<string> FlagNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "baseline-for-host" };

    public string Help =>
        $"""
        Usage: forkbench compare <baseline.json> <current.json> [options]
               forkbench compare --baseline-for-host <current.json> [options]

        Compares every measurement id present in both runs: medians, the ratio
        current/baseline with its confidence interval, and a verdict (Faster,
        Slower, Same) from an equivalence test. Ids on one side only, skipped
        scenarios and multimodal samples are listed; a different host is
        warned about on stderr.

        Options:
          --baseline-for-host   use the committed baseline of the current run's
                                host: results/baselines/<host-id>/<suite>.json
        {ResultsArguments.ComparisonHelp}
        {ResultsArguments.ResultsHelp}

        Exit codes: 0 no regression, 1 regression (an id is Slower),
                    2 usage or data error (one line on stderr).
        """;

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error) =>
        ResultsArguments.Guard(Name, error, () =>
        {
            bool forHost = arguments.Flag("baseline-for-host");
            ComparisonOptions options = ResultsArguments.ComparisonOptions(arguments);
            string resultsDirectory = ResultsArguments.ResultsDirectory(arguments);
            arguments.ThrowOnUnused();
            int expected = forHost ? 1 : 2;
            if (arguments.Positional.Count != expected)
            {
                throw new UsageException(forHost
                    ? "give the current run: forkbench compare --baseline-for-host <current.json>"
                    : "give two runs: forkbench compare <baseline.json> <current.json> (or --baseline-for-host <current.json>)");
            }

            RunDocument current = RunDocumentFile.Read(arguments.Positional[^1]);
            RunDocument baseline = forHost ? HostBaseline(resultsDirectory, current, arguments.Positional[^1]) : RunDocumentFile.Read(arguments.Positional[0]);
            RunComparison comparison = RunComparer.Compare(baseline, current, options);
            ResultsArguments.WriteWarnings(comparison.Warnings, error);
            ComparisonTextWriter.Write(comparison, output);
            return comparison.HasRegression ? ExitCodes.Regression : ExitCodes.Success;
        });

    private static RunDocument HostBaseline(string resultsDirectory, RunDocument current, string currentPath)
    {
        var store = new BaselineStore(ResultsDirectory.Baselines(resultsDirectory));
        return store.LoadFor(current) ?? throw new Results.ResultsDataException(
            $"no baseline for host '{current.Host.Id}' in {store.HostDirectory(current.Host.Id)}; " +
            $"to record this run as one: {PrintedCommand.Forkbench(["baseline", "update", "--from", ResultsArguments.Display(currentPath), .. ResultsArguments.ResultsOption(resultsDirectory)])}");
    }
}
