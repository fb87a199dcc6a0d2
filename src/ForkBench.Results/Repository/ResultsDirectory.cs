namespace ForkBench.Results.Repository;

/// <summary>
/// Where results live: results/ beside ForkBench.sln, found by walking up
/// from the working directory (so the tool works from any subdirectory of
/// the repository); outside a repository, results/ in the working directory.
/// </summary>
public static class ResultsDirectory
{
    public const string MarkerFile = "ForkBench.sln";

    public static string Find(string startDirectory, Func<string, bool> fileExists)
    {
        for (string? directory = startDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (fileExists(Path.Combine(directory, MarkerFile)))
                return Path.Combine(directory, "results");
        }
        return Path.Combine(startDirectory, "results");
    }

    public static string FindFromCurrentDirectory() => Find(Directory.GetCurrentDirectory(), File.Exists);

    public static string Runs(string resultsDirectory) => Path.Combine(resultsDirectory, "runs");

    public static string Baselines(string resultsDirectory) => Path.Combine(resultsDirectory, "baselines");
}
