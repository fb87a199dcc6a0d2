using ForkBench.Results;
using ForkBench.Results.Comparison;
using ForkBench.Results.Repository;

namespace ForkBench.Benchmarks.Cli;

/// <summary>Options shared by the results commands (compare, baseline, history, import).</summary>
public static class ResultsArguments
{
    public const string ResultsHelp =
        "  --results <dir>       results directory (default: results/ beside ForkBench.sln)";

    public const string ComparisonHelp =
        """
          --threshold <share>   relative change that counts (default 5%)
          --noise-floor <time>  smallest absolute change that counts, for time units:
                                1ns, 0.5us, 2ms (default 1ns; see results/README.md)
          --alpha <share>       significance level of each one-sided test (default 5%)
                                A share is 5% or 0.05 (a bare number below 1 is
                                a fraction; 5 alone is refused as ambiguous).
        """;

    public static string ResultsDirectory(CommandArguments arguments) =>
        arguments.Option("results") is { } dir ? Path.GetFullPath(dir) : Results.Repository.ResultsDirectory.FindFromCurrentDirectory();

    public static ComparisonOptions ComparisonOptions(CommandArguments arguments)
    {
        double percent = 100 * arguments.Fraction("threshold", EquivalenceThreshold.DefaultRelativePercent / 100, min: 0, max: 10);
        double floor = EquivalenceThreshold.DefaultNoiseFloorNanoseconds;
        if (arguments.Option("noise-floor") is { } floorText && !EquivalenceThreshold.TryParseTime(floorText, out floor))
            throw new UsageException($"option --noise-floor: '{floorText}' is not a time such as 1ns or 0.5us");
        double alpha = arguments.Fraction("alpha", 0.05, min: 1e-9, max: 0.5);
        return new ComparisonOptions(new EquivalenceThreshold(percent, floor), alpha);
    }

    /// <summary>"--results &lt;dir&gt;" for a printed command when the folder is not the default one, else nothing.</summary>
    public static string[] ResultsOption(string resultsDirectory) =>
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
