using System.CommandLine;
using ForkBench.Benchmarks.Pipeline;
using ForkBench.Results;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary>Re-renders the report of a run without measuring anything.</summary>
public sealed class ReportCommand : ForkBenchCommand
{
    private readonly Option<string> _from = CommandOptions.Text("from", "run.json", "the run to report");
    private readonly Option<string> _baseline = CommandOptions.Text("baseline", "run.json", "a run to compare it with (default: none)");

    private readonly Option<string> _out = CommandOptions.Text("out", "dir",
        "the report folder (default: results/reports/<run id>/); an existing report there is replaced whole");

    public ReportCommand() : base("report", "re-render report.txt and the plots from a run document (no measuring)")
    {
        Options.Add(_from);
        Options.Add(_baseline);
        Options.Add(_out);
    }

    public override string Details =>
        """
        Writes report.txt (plain ASCII, at most 80 columns, for a mailing list)
        and every plot as both SVG and PNG. With a calibration of the run's
        host in results/calibration/ (see 'calibrate'), the report ends with
        the run's model counts priced as predicted costs on that host.
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string from = parsed.GetValue(_from) ?? throw new UsageException("option --from is required");
        string? baselinePath = parsed.GetValue(_baseline);
        string? outDirectory = parsed.GetValue(_out);
        try
        {
            RunDocument run = RunDocumentFile.Read(from);
            RunComparison? comparison = baselinePath is null
                ? null
                : RunComparer.Compare(RunDocumentFile.Read(baselinePath), run, ComparisonOptions.Default);
            string results = ResultsDirectory.FindFromCurrentDirectory();
            string directory = outDirectory ?? Path.Combine(results, "reports", run.Run.Id);
            var written = ReportProducer.Write(run, comparison, directory, results, from, error);
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
