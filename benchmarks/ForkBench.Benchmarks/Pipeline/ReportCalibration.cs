using ForkBench.Benchmarks.Cli;
using ForkBench.Calibration.Documents;
using ForkBench.Reporting.Output;
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
                .. ShellLines(PrintedCommand.Forkbench(["calibrate", .. results])),
                .. ShellLines(PrintedCommand.Forkbench(["report", "--from", ResultsArguments.Display(runPath)])),
            ],
        };
    }

    /// <summary>
    /// A command indented by four, broken between its words with backslash
    /// continuations where it would pass 80 columns: pasted into a shell, the
    /// lines are one command. Words are split at spaces outside single quotes
    /// (how <see cref="PrintedCommand.Quote"/> quotes), so a quoted argument
    /// is never broken.
    /// </summary>
    internal static IEnumerable<string> ShellLines(string command)
    {
        const string Continuation = " \\";
        var lines = new List<string>();
        var line = new System.Text.StringBuilder("    ");
        bool empty = true;
        foreach (string word in ShellWords(command))
        {
            if (!empty && line.Length + 1 + word.Length + Continuation.Length > Reporting.Text.AsciiText.MaxColumns)
            {
                lines.Add(line.Append(Continuation).ToString());
                line.Clear().Append("      ");
                empty = true;
            }
            line.Append(empty ? "" : " ").Append(word);
            empty = false;
        }
        lines.Add(line.ToString());
        return lines;
    }

    private static IEnumerable<string> ShellWords(string command)
    {
        var word = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in command)
        {
            if (c == '\'')
                quoted = !quoted;
            if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                    yield return word.ToString();
                word.Clear();
                continue;
            }
            word.Append(c);
        }
        if (word.Length > 0)
            yield return word.ToString();
    }
}
