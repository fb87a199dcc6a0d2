using System.Text.RegularExpressions;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Commands the tool prints for the user to run next. Each is complete and
/// works when pasted verbatim into a shell in the current directory: the
/// project path is given relative to it (or absolute), and an argument that
/// the shell would split or expand is single-quoted. No placeholders.
/// </summary>
public static partial class PrintedCommand
{
    /// <summary>The project that holds the entry point, relative to the repository root.</summary>
    public const string ProjectPath = "benchmarks/ForkBench.Benchmarks";

    /// <summary><c>dotnet run -c Release --project &lt;project&gt; -- &lt;arguments&gt;</c>, quoted for a POSIX shell.</summary>
    public static string Forkbench(params string[] arguments)
    {
        string root = Results.Repository.ResultsDirectory.RepositoryRoot() ?? Directory.GetCurrentDirectory();
        string project = Path.Combine(root, ProjectPath);
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), project);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? project : relative;
        return $"dotnet run -c Release --project {Quote(shown)} -- {string.Join(' ', arguments.Select(Quote))}";
    }

    /// <summary>The argument as a POSIX shell reads it back unchanged.</summary>
    public static string Quote(string argument) =>
        argument.Length > 0 && SafeUnquoted().IsMatch(argument) ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex("^[A-Za-z0-9_./=:,@%+-]+$")]
    private static partial Regex SafeUnquoted();
}
