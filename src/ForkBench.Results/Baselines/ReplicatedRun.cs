using ForkBench.Results.Documents;

namespace ForkBench.Results.Baselines;

/// <summary>
/// Several runs of one host pooled into one document: each id's samples are
/// the runs' samples one run after another, and its RunLengths say which
/// came from which, so a comparison can learn how far unchanged runs move
/// (<see cref="Statistics.RunToRunNoise"/>). The samples inside one run
/// cannot show that: what is fixed for a process or a minute (code layout,
/// the machine's state) is the same for all of them.
/// </summary>
public static class ReplicatedRun
{
    /// <summary>The source of a pooled document.</summary>
    public const string Source = "replicated";

    /// <summary>
    /// Pools <paramref name="runs"/> (two or more, one host, none of them
    /// pooled already), oldest first. The pooled run is named after the
    /// newest with the number of runs appended.
    /// </summary>
    /// <exception cref="ResultsDataException">Fewer than two runs, another host, a pooled input, an id with two units, or exact counts that differ.</exception>
    public static RunDocument Merge(IReadOnlyList<RunDocument> runs)
    {
        if (runs.Count < 2)
            throw new ResultsDataException("pooling needs at least two runs");
        if (runs.FirstOrDefault(r => r.Run.Replicates is not null) is { } pooled)
            throw new ResultsDataException($"run {pooled.Run.Id} already pools several runs; give the single runs instead");
        if (runs.Select(r => r.Host.Id).Distinct().Count() > 1)
            throw new ResultsDataException($"the runs come from different hosts ({string.Join(", ", runs.Select(r => r.Host.Id).Distinct())}); a baseline is one host's");
        if (runs.Select(r => r.Run.Id).Distinct().Count() < runs.Count)
            throw new ResultsDataException("the same run is given twice");
        RunDocument[] ordered = [.. runs.OrderBy(r => r.Run.TimeUtc).ThenBy(r => r.Run.Id, StringComparer.Ordinal)];
        RunDocument newest = ordered[^1];
        string[] ids = [.. ordered.SelectMany(r => r.Measurements.Select(m => m.Id)).Distinct(StringComparer.Ordinal)];
        string[] commits = [.. ordered.Select(r => r.Run.GitCommit).Distinct()];
        string[] incomplete = [.. ordered.Where(r => r.Run.IncompleteReason is not null).Select(r => $"{r.Run.Id}: {r.Run.IncompleteReason}")];
        var run = new RunInfo(
            $"{newest.Run.Id}-x{ordered.Length}",
            newest.Run.TimeUtc,
            newest.Run.ToolVersion,
            string.Join(" + ", commits),
            Source,
            incomplete.Length == 0 ? null : string.Join("; ", incomplete),
            [.. ordered.Select(r => r.Run.Id)]);
        return new RunDocument(SchemaVersion.Current, run, newest.Host, [.. ids.Select(id => Pool(id, [.. ordered.Select(r => r.Find(id))]))]);
    }

    private static Measurement Pool(string id, Measurement?[] perRun)
    {
        Measurement[] present = [.. perRun.OfType<Measurement>()];
        if (present.Select(m => m.Unit).Distinct().Count() > 1)
            throw new ResultsDataException($"measurement '{id}' has different units in the runs; an id must not change meaning");
        var counts = present.Select(m => m.Counts).OfType<IReadOnlyDictionary<string, long>>().ToArray();
        if (counts.Skip(1).Any(c => !SameCounts(c, counts[0])))
            throw new ResultsDataException($"measurement '{id}' has different exact counts in the runs: they did not run the same code");
        Measurement[] measured = [.. present.Where(m => !m.IsSkipped)];
        if (measured.Length == 0)
            return present[0];
        Measurement first = measured[0];
        return MeasurementFactory.Create(id, first.Parameters, first.Unit, [.. measured.SelectMany(m => m.Samples)],
            counts.FirstOrDefault(), measured.Any(m => m.Incomplete)) with
        {
            RunLengths = [.. perRun.Select(m => m is null || m.IsSkipped ? 0 : m.Samples.Count)],
        };
    }

    private static bool SameCounts(IReadOnlyDictionary<string, long> a, IReadOnlyDictionary<string, long> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out long value) && value == pair.Value);
}
