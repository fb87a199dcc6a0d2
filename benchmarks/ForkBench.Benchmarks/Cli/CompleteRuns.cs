using ForkBench.Results.Documents;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary>The complete run documents of a host in results/runs, newest first: what a printed "baseline update" command names.</summary>
public static class CompleteRuns
{
    /// <summary>How many runs a baseline should pool, so that compare knows how far unchanged runs move.</summary>
    public const int BaselineRuns = 3;

    /// <summary>Up to <paramref name="count"/> paths of complete runs of <paramref name="hostId"/>, newest first.</summary>
    public static IReadOnlyList<string> Newest(string runsDirectory, string hostId, int count) =>
        [.. Find(runsDirectory, hostId, count).Select(found => found.Path)];

    /// <summary>
    /// Up to <paramref name="count"/> complete single runs of
    /// <paramref name="hostId"/> that <paramref name="keep"/> accepts (all
    /// when null), newest first, with their paths. Unreadable files are passed over.
    /// </summary>
    public static IReadOnlyList<(string Path, RunDocument Run)> Find(string runsDirectory, string hostId, int count, Func<RunDocument, bool>? keep = null)
    {
        var found = new List<(string, RunDocument)>();
        if (!Directory.Exists(runsDirectory))
            return found;
        // Run ids start with their UTC time, so the names sort by time.
        foreach (string path in Directory.GetFiles(runsDirectory, "*.json").OrderDescending(StringComparer.Ordinal))
        {
            if (found.Count == count)
                break;
            try
            {
                RunDocument run = RunDocumentFile.Read(path);
                if (run.Host.Id == hostId && !run.IsPartial && run.Run.Replicates is null && (keep is null || keep(run)))
                    found.Add((path, run));
            }
            catch (Results.ResultsDataException)
            {
                // Not a readable run document: not one to suggest.
            }
        }
        return found;
    }
}
