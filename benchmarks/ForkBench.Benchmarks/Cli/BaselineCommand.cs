using System.Globalization;
using ForkBench.Results.Baselines;
using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench baseline show|update</c>. "update" is the only way a
/// baseline is written or replaced.
/// </summary>
public sealed class BaselineCommand : ICommand
{
    public string Name => "baseline";

    public string Summary => "show the baseline for this host, or record one from a run";

    public string Help =>
        $"""
        Usage: forkbench baseline show [--host <id>] [--results <dir>]
               forkbench baseline update --from <run.json> [--results <dir>]

        show     which committed baseline applies to this host (or to --host),
                 or that there is none and how to record one.
        update   write the run as the baseline of its host, one file per suite
                 (first id segment): results/baselines/<host-id>/<suite>.json.
                 An existing baseline of that suite is replaced, and the run it
                 came from is named. Nothing else ever writes a baseline.

        Options:
          --from <run.json>   the run to record (update)
          --host <id>         a host id other than this machine's (show)
        {ResultsArguments.ResultsHelp}
        """;

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error) =>
        ResultsArguments.Guard(Name, error, () =>
        {
            string action = arguments.Positional.Count == 1 ? arguments.Positional[0] : "";
            var store = new BaselineStore(ResultsDirectory.Baselines(ResultsArguments.ResultsDirectory(arguments)));
            return action switch
            {
                "show" => Show(arguments, store, output),
                "update" => Update(arguments, store, output),
                _ => throw new UsageException("say 'baseline show' or 'baseline update --from <run.json>'"),
            };
        });

    private static int Show(CommandArguments arguments, BaselineStore store, TextWriter output)
    {
        string? hostOption = arguments.Option("host");
        arguments.ThrowOnUnused();
        HostInfo? here = hostOption is null ? HostInfoReader.ReadCurrent() : null;
        string hostId = hostOption ?? here!.Id;
        output.WriteLine($"Host: {hostId}");
        if (here is not null)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"      {here.CpuModel}, {here.Cores} cores, {HostIdDeriver.MemoryGiB(here.MemoryBytes)} GiB, kernel {here.KernelRelease}, virtualization {here.Virtualization}"));

        IReadOnlyList<BaselineFile> files = store.Find(hostId);
        if (files.Count == 0)
        {
            output.WriteLine($"No baseline for this host in {ResultsArguments.Display(store.HostDirectory(hostId))}.");
            output.WriteLine("To record one: run the suite, import it, then record that run as the baseline:");
            output.WriteLine("  dotnet run -c Release --project benchmarks/ForkBench.Benchmarks -- model --filter '*' --exporters json");
            output.WriteLine("  dotnet run -c Release --project benchmarks/ForkBench.Benchmarks -- import");
            output.WriteLine("  dotnet run -c Release --project benchmarks/ForkBench.Benchmarks -- baseline update --from results/runs/<run-id>.json");
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
        output.WriteLine("Compare a run with it: forkbench compare --baseline-for-host <run.json>");
        return ExitCodes.Success;
    }

    private static int Update(CommandArguments arguments, BaselineStore store, TextWriter output)
    {
        string from = arguments.Required("from");
        arguments.ThrowOnUnused();
        RunDocument run = RunDocumentFile.Read(from);
        foreach (BaselineUpdate update in store.Update(run))
        {
            string previous = update.PreviousRunId is { } id ? $", replacing the baseline from run {id}" : "";
            output.WriteLine($"Wrote {ResultsArguments.Display(update.File.Path)}: {update.MeasurementCount} measurement(s) of run {run.Run.Id}{previous}");
        }
        output.WriteLine($"Commit {ResultsArguments.Display(store.HostDirectory(run.Host.Id))}/ to share it.");
        return ExitCodes.Success;
    }
}
