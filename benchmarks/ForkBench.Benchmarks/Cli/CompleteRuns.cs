using ForkBench.Results.Documents;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Cli;

/// <summary>The complete run documents of a host in results/runs, newest first: what a printed "baseline update" command names.</summary>
public static class CompleteRuns
{
    /// <summary>How many runs a baseline should pool, so that compare knows how far unchanged runs move.</summary>
    public const int BaselineRuns = 3;

    /// <summary>Up to <paramref name="count"/> paths of complete runs of <paramref name="hostId"/>, newest first.</summary>
    public static IReadOnlyList<string> Newest(string runsDirectory, string hostId, int count)
    {
        var found = new List<string>();
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
                if (run.Host.Id == hostId && !run.IsPartial && run.Run.Replicates is null)
                    found.Add(path);
            }
            catch (Results.ResultsDataException)
            {
                // Not a readable run document: not one to suggest.
            }
        }
        return found;
    }
}
