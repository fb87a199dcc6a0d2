using System.CommandLine;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.History;
using ForkBench.Results.Repository;

namespace ForkBench.Benchmarks.Cli;

/// <summary><c>forkbench history</c>: change points per id over a series of runs. Writes nothing.</summary>
public sealed class HistoryCommand : ForkBenchCommand
{
    private readonly Argument<string[]> _paths = CommandOptions.Paths("runs", "dir|run.json", "run documents or folders of them (default: results/runs/)");

    private readonly Option<string> _id = CommandOptions.Text("id", "prefix", "only ids that start with this");
    private readonly Option<string> _host = CommandOptions.Text("host", "id", "only runs taken on this host");

    private readonly Option<int?> _minDistance = CommandOptions.Integer("min-distance", "n",
        $"fewest runs per level (default {HistoryAnalyzer.DefaultMinDistance})", min: 1, max: 1000);

    private readonly ComparisonArguments _comparison = new();
    private readonly Option<string> _results = ResultsArguments.ResultsOption();

    public HistoryCommand() : base("history", "change points per id over a series of runs (EdPelt)")
    {
        Arguments.Add(_paths);
        Options.Add(_id);
        Options.Add(_host);
        Options.Add(_minDistance);
        _comparison.AddTo(this);
        Options.Add(_results);
    }

    public override string Details =>
        """
        Reads the runs (default: results/runs/), orders them by time, and for
        each id finds the runs where its level changed (EdPelt over the
        per-run medians). Each change is judged Faster/Slower/Same by the
        compare rule on the runs before and after it.
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error) =>
        ResultsArguments.Guard(Name, error, () =>
        {
            string? idPrefix = parsed.GetValue(_id) is { } given ? MeasurementId.Canonical(given) : null;
            string? host = parsed.GetValue(_host);
            int minDistance = parsed.GetValue(_minDistance) ?? HistoryAnalyzer.DefaultMinDistance;
            ComparisonOptions options = _comparison.Read(parsed);
            string resultsDirectory = ResultsArguments.ResultsDirectory(parsed.GetValue(_results));

            string[] named = parsed.GetValue(_paths) ?? [];
            IReadOnlyList<string> paths = named.Length > 0 ? named : [ResultsDirectory.Runs(resultsDirectory)];
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
