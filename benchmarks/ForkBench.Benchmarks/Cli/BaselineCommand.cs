using System.CommandLine;
using System.Globalization;
using ForkBench.Results.Baselines;
using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;
using ForkBench.Native.Host;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench baseline show|update</c>. "update" is the only way a
/// baseline is written or replaced.
/// </summary>
public sealed class BaselineCommand : ForkBenchCommand
{
    private readonly Option<string> _host = CommandOptions.Text("host", "id", "a host id other than this machine's");
    private readonly Option<string[]> _from = new("--from")
    {
        Description = "the run to record, or several runs of this host to pool (three or more let compare learn how far unchanged runs move)",
        HelpName = "run.json",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };
    private readonly Option<bool> _allowIncomplete = CommandOptions.Flag("allow-incomplete", "record an incomplete run all the same");
    private readonly Option<string> _showResults = ResultsArguments.ResultsOption();
    private readonly Option<string> _updateResults = ResultsArguments.ResultsOption();

    public BaselineCommand() : base("baseline", "show the baseline for this host, or record one from a run")
    {
        var show = new Command("show", "which committed baseline applies to this host (or to --host), or that there is none and how to record one")
        {
            _host, _showResults,
        };
        show.SetAction(parsed => ResultsArguments.Guard("baseline show", parsed.InvocationConfiguration.Error, () =>
            Show(parsed.GetValue(_host), ResultsArguments.ResultsDirectory(parsed.GetValue(_showResults)), parsed.InvocationConfiguration.Output)));
        var update = new Command("update",
            "write the run as the baseline of its host, one file per suite (first id segment): results/baselines/<host-id>/<suite>.json")
        {
            _from, _allowIncomplete, _updateResults,
        };
        update.SetAction(parsed => ResultsArguments.Guard("baseline update", parsed.InvocationConfiguration.Error, () =>
            Update(parsed.GetValue(_from) is { Length: > 0 } from ? from : throw new UsageException("option --from is required"), parsed.GetValue(_allowIncomplete),
                ResultsArguments.ResultsDirectory(parsed.GetValue(_updateResults)), parsed.InvocationConfiguration.Output)));
        Subcommands.Add(show);
        Subcommands.Add(update);
    }

    public override string Details =>
        """
        Usage: forkbench baseline show [--host <id>] [--results <dir>]
               forkbench baseline update --from <run.json> [<run.json>...] [--allow-incomplete] [--results <dir>]

        update writes the run as the baseline of its host; an existing baseline
        of that suite is replaced, and the run it came from is named. Nothing
        else ever writes a baseline. A run that was interrupted or has
        unfinished points is refused unless --allow-incomplete.

        Given several runs of one host (--from r1.json r2.json r3.json), update
        pools them: each id keeps every run's samples and which run gave them,
        and compare then allows for how far the id's median moves between
        unchanged runs, which one run cannot show. Three runs or more are
        recommended; with one, compare warns that run-to-run noise is unknown.
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error) =>
        throw new UsageException("say 'baseline show' or 'baseline update --from <run.json>'");

    private static int Show(string? hostOption, string resultsDirectory, TextWriter output)
    {
        var store = new BaselineStore(ResultsDirectory.Baselines(resultsDirectory));
        HostInfo? here = hostOption is null ? HostInfoReader.ReadCurrent() : null;
        string hostId = hostOption ?? here!.Id;
        output.WriteLine($"Host: {hostId}");
        if (here is not null)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"      {here.CpuModel}, {here.Cores} cores, {HostIdDeriver.MemoryGiB(here.MemoryBytes)} GiB, kernel {here.KernelRelease}, virtualization {here.Virtualization}"));

        IReadOnlyList<BaselineFile> files = store.Find(hostId);
        IReadOnlyList<string> recent = CompleteRuns.Newest(ResultsDirectory.Runs(resultsDirectory), hostId, CompleteRuns.BaselineRuns);
        string? latest = recent.Count > 0 ? recent[0] : null;
        if (files.Count == 0)
        {
            output.WriteLine($"No baseline for this host in {ResultsArguments.Display(store.HostDirectory(hostId))}.");
            if (latest is not null)
            {
                output.WriteLine(recent.Count >= CompleteRuns.BaselineRuns
                    ? $"To record the {recent.Count} latest complete runs of this host as its baseline:"
                    : $"To record the latest complete run(s) of this host as its baseline ({CompleteRuns.BaselineRuns} runs are better: run the suite again first):");
                output.WriteLine("  " + PrintedCommand.Forkbench(["baseline", "update", "--from", .. recent.Select(ResultsArguments.Display), .. ResultsArguments.ResultsOptionFor(resultsDirectory)]));
            }
            else
            {
                output.WriteLine("To record one, run the default suite (it writes a run and prints the command that records it):");
                output.WriteLine("  " + PrintedCommand.Forkbench(["run", .. ResultsArguments.ResultsOptionFor(resultsDirectory)]));
            }
            output.WriteLine($"and commit {ResultsArguments.Display(store.HostDirectory(hostId))}/.");
            IReadOnlyList<string> others = store.Hosts();
            if (others.Count > 0)
                output.WriteLine($"Hosts with baselines: {string.Join(", ", others)}");
            return ExitCodes.Success;
        }
        foreach (BaselineFile file in files)
        {
            RunDocument baseline = RunDocumentFile.Read(file.Path);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Baseline {file.Suite}: {ResultsArguments.Display(file.Path)}: run {baseline.Run.Id}, commit {baseline.Run.GitCommit}, {baseline.Measurements.Count} measurement(s), taken {baseline.Run.TimeUtc:yyyy-MM-dd HH:mm}Z"));
        }
        if (latest is not null)
        {
            output.WriteLine("Compare the latest run of this host with it:");
            output.WriteLine("  " + PrintedCommand.Forkbench(["compare", "--baseline-for-host", ResultsArguments.Display(latest), .. ResultsArguments.ResultsOptionFor(resultsDirectory)]));
        }
        return ExitCodes.Success;
    }

    private static int Update(string[] from, bool allowIncomplete, string resultsDirectory, TextWriter output)
    {
        var store = new BaselineStore(ResultsDirectory.Baselines(resultsDirectory));
        var runs = new List<RunDocument>();
        foreach (string path in from)
        {
            RunDocument one = RunDocumentFile.Read(path);
            if (one.IsPartial && !allowIncomplete)
            {
                int unfinished = one.Measurements.Count(m => m.Incomplete);
                string why = one.Run.IncompleteReason ?? $"{unfinished} measurement(s) stopped short of their samples";
                throw new UsageException($"{path} is an incomplete run ({why}); a baseline should be a whole run: record a complete one, or pass --allow-incomplete");
            }
            runs.Add(one);
        }
        RunDocument run = runs.Count == 1 ? runs[0] : ReplicatedRun.Merge(runs);
        if (runs.Count > 1)
            output.WriteLine($"Pooled {runs.Count} runs: {string.Join(", ", run.Run.Replicates!)}");
        foreach (BaselineUpdate update in store.Update(run))
        {
            string previous = update.PreviousRunId is { } id ? $", replacing the baseline from run {id}" : "";
            output.WriteLine($"Wrote {ResultsArguments.Display(update.File.Path)}: {update.MeasurementCount} measurement(s) of run {run.Run.Id}{previous}");
        }
        output.WriteLine($"Commit {ResultsArguments.Display(store.HostDirectory(run.Host.Id))}/ to share it.");
        return ExitCodes.Success;
    }
}
