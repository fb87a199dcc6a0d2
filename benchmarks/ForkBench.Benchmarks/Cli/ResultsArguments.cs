using System.CommandLine;
using ForkBench.Results;
using ForkBench.Results.Comparison;
using ForkBench.Results.Repository;

namespace ForkBench.Benchmarks.Cli;

/// <summary>Options shared by the results commands (compare, baseline, history, import).</summary>
public static class ResultsArguments
{
    /// <summary>--results: the folder that holds runs/, baselines/ and reports/.</summary>
    public static Option<string> ResultsOption() =>
        CommandOptions.Text("results", "dir", "results directory (default: results/ beside ForkBench.sln)");

    public static string ResultsDirectory(string? given) =>
        given is not null ? Path.GetFullPath(given) : Results.Repository.ResultsDirectory.FindFromCurrentDirectory();

    /// <summary>"--results &lt;dir&gt;" for a printed command when the folder is not the default one, else nothing.</summary>
    public static string[] ResultsOptionFor(string resultsDirectory) =>
        Path.GetFullPath(resultsDirectory) == Path.GetFullPath(Results.Repository.ResultsDirectory.FindFromCurrentDirectory())
            ? []
            : ["--results", Display(resultsDirectory)];

    /// <summary>A path as the user would type it: relative to the working directory when inside it.</summary>
    public static string Display(string path)
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    /// <summary>Runs a command body, turning a data error into one line on stderr and exit code 2.</summary>
    public static int Guard(string commandName, TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ResultsDataException e)
        {
            error.WriteLine($"forkbench {commandName}: {e.Message}");
            return ExitCodes.UsageOrDataError;
        }
    }

    public static void WriteWarnings(IEnumerable<ComparisonWarning> warnings, TextWriter error)
    {
        foreach (ComparisonWarning warning in warnings)
            error.WriteLine($"warning ({warning.Code}): {warning.Message}. Hint: {warning.Hint}");
    }
}
