using ForkBench.Benchmarks.Cli;
using ForkBench.Calibration.Documents;
using ForkBench.Reporting.Output;
using ForkBench.Reporting.Text;
using ForkBench.Results;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Adds the calibration section to a report's input: this host's cached
/// calibration (results/calibration/&lt;host-id&gt;.json) when there is one,
/// else a note with the commands that make one. A calibration file that
/// cannot be read costs the section, never the report.
/// </summary>
public static class ReportCalibration
{
    /// <param name="runPath">The run document's file, for the printed report command.</param>
    public static ReportInput With(ReportInput input, RunDocument run, string resultsDirectory, string runPath, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(run);
        string path;
        CalibrationDocument? calibration;
        try
        {
            path = CalibrationFile.PathFor(resultsDirectory, run.Host.Id);
            calibration = CalibrationFile.TryRead(path);
        }
        catch (ResultsDataException e)
        {
            error.WriteLine($"warning (calibration-unreadable): {e.Message}; the report has no calibration section");
            return input;
        }
        if (calibration is not null)
            return input with { Calibration = CalibrationSummaryMapper.Map(run, calibration) };
        string[] results = ResultsArguments.ResultsOptionFor(resultsDirectory);
        return input with
        {
            CalibrationAbsentNote =
            [
                "Calibration: none for this host, so the model's counts are not priced as",
                "predicted costs here. To add them, calibrate on this host's runs and draw",
                "this report again:",
                "",
                .. ShellCommandLines.Wrap(PrintedCommand.Forkbench(["calibrate", .. results]), "    "),
                .. ShellCommandLines.Wrap(PrintedCommand.Forkbench(["report", "--from", ResultsArguments.Display(runPath)]), "    "),
            ],
        };
    }
}
