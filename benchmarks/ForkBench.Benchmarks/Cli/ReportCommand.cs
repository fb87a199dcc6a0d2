using ForkBench.Benchmarks.Pipeline;
using ForkBench.Results;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary>Re-renders the report of a run without measuring anything.</summary>
public sealed class ReportCommand : ICommand
{
    public string Name => "report";

    public string Summary => "re-render report.txt and the plots from a run document (no measuring)";

    public string Help =>
        """
        Usage: forkbench report --from <run.json> [--baseline <run.json>] [--out <dir>]

        Writes report.txt (plain ASCII, at most 80 columns, for a mailing list)
        and every plot as both SVG and PNG.

          --from       the run to report
          --baseline   a run to compare it with (default: none)
          --out        the report folder (default: results/reports/<run id>/);
                       an existing report there is replaced whole
        """;

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error)
    {
        string from = arguments.Required("from");
        string? baselinePath = arguments.Option("baseline");
        string? outDirectory = arguments.Option("out");
        arguments.ThrowOnUnused();
        try
        {
            RunDocument run = RunDocumentFile.Read(from);
            RunComparison? comparison = baselinePath is null
                ? null
                : RunComparer.Compare(RunDocumentFile.Read(baselinePath), run, ComparisonOptions.Default);
            string directory = outDirectory ?? Path.Combine(ResultsDirectory.FindFromCurrentDirectory(), "reports", run.Run.Id);
            var written = ReportProducer.Write(run, comparison, directory, error);
            output.WriteLine($"report: {Path.Combine(written.Directory, "report.txt")}");
            foreach (string file in written.Files)
                output.WriteLine($"        {Path.GetFileName(file)}");
            return ExitCodes.Success;
        }
        catch (ResultsDataException e)
        {
            error.WriteLine($"forkbench report: {e.Message}");
            return ExitCodes.UsageOrDataError;
        }
    }
}
