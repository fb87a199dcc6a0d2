namespace ForkBench.Results.Repository;

/// <summary>
/// Where results live: results/ beside ForkBench.sln, found by walking up
/// from the working directory (so the tool works from any subdirectory of
/// the repository), then from the program's own folder (a build inside the
/// repository run from elsewhere); with neither, results/ in the working
/// directory. Commands that write say which on their first line.
/// </summary>
public static class ResultsDirectory
{
    public const string MarkerFile = "ForkBench.sln";

    public static string FindFromCurrentDirectory() =>
        RepositoryRoot() is { } root ? Path.Combine(root, "results") : Path.Combine(Directory.GetCurrentDirectory(), "results");

    /// <summary>The folder holding ForkBench.sln above the working directory, or above this program; null outside a repository.</summary>
    public static string? RepositoryRoot() =>
        RepositoryRoot(Directory.GetCurrentDirectory(), File.Exists) ?? RepositoryRoot(AppContext.BaseDirectory, File.Exists);

    public static string? RepositoryRoot(string startDirectory, Func<string, bool> fileExists)
    {
        for (string? directory = Path.GetFullPath(startDirectory); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (fileExists(Path.Combine(directory, MarkerFile)))
                return directory;
        }
        return null;
    }

    /// <summary>Whether <paramref name="resultsDirectory"/> is the results/ folder of a ForkBench repository.</summary>
    public static bool IsInRepository(string resultsDirectory) =>
        Path.GetDirectoryName(Path.GetFullPath(resultsDirectory).TrimEnd(Path.DirectorySeparatorChar)) is { } parent
        && File.Exists(Path.Combine(parent, MarkerFile));

    public static string Reports(string resultsDirectory) => Path.Combine(resultsDirectory, "reports");

    public static string Runs(string resultsDirectory) => Path.Combine(resultsDirectory, "runs");

    public static string Baselines(string resultsDirectory) => Path.Combine(resultsDirectory, "baselines");
}
