using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.History;
using ForkBench.Results.Repository;

namespace ForkBench.Benchmarks.Cli;

/// <summary><c>forkbench history</c>: change points per id over a series of runs. Writes nothing.</summary>
public sealed class HistoryCommand : ICommand
{
    public string Name => "history";

    public string Summary => "change points per id over a series of runs (EdPelt)";

    public string Help =>
        $"""
        Usage: forkbench history [<directory|run.json>...] [options]

        Reads the runs (default: results/runs/), orders them by time, and for
        each id finds the runs where its level changed (EdPelt over the
        per-run medians). Each change is judged Faster/Slower/Same by the
        compare rule on the runs before and after it.

        Options:
          --id <prefix>         only ids that start with this
          --host <id>           only runs taken on this host
          --min-distance <n>    fewest runs per level (default {HistoryAnalyzer.DefaultMinDistance})
        {ResultsArguments.ComparisonHelp}
        {ResultsArguments.ResultsHelp}
        """;

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error) =>
        ResultsArguments.Guard(Name, error, () =>
        {
            string? idPrefix = arguments.Option("id") is { } given ? MeasurementId.Canonical(given) : null;
            string? host = arguments.Option("host");
            int minDistance = arguments.Int("min-distance", HistoryAnalyzer.DefaultMinDistance, min: 1, max: 1000);
            ComparisonOptions options = ResultsArguments.ComparisonOptions(arguments);
            string resultsDirectory = ResultsArguments.ResultsDirectory(arguments);
            arguments.ThrowOnUnused();

            IReadOnlyList<string> paths = arguments.Positional.Count > 0 ? arguments.Positional : [ResultsDirectory.Runs(resultsDirectory)];
            IReadOnlyList<RunDocument> runs = RunSeries.Load(paths);
            if (host is not null)
                runs = [.. runs.Where(r => r.Host.Id == host)];
            string[] hosts = [.. runs.Select(r => r.Host.Id).Distinct().Order(StringComparer.Ordinal)];
            if (hosts.Length > 1)
                error.WriteLine($"warning (host-mismatch): the runs come from {hosts.Length} hosts ({string.Join(", ", hosts)}). Hint: pass --host <id> to follow one machine");
            if (idPrefix is not null)
                runs = [.. runs.Select(r => r with { Measurements = [.. r.Measurements.Where(m => m.Id.StartsWith(idPrefix, StringComparison.Ordinal))] })];

            IReadOnlyList<IdHistory> histories = HistoryAnalyzer.Analyze(runs, options, minDistance);
            if (histories.Count == 0)
                throw new Results.ResultsDataException(host is null && idPrefix is null ? "the runs hold no measurements" : "no run matches --host/--id");
            HistoryTextWriter.Write(histories, runs.Count, minDistance, output);
            return ExitCodes.Success;
        });
}
