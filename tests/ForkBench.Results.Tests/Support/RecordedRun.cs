using ForkBench.Results.Baselines;
using ForkBench.Results.Documents;
using ForkBench.Results.Serialization;

namespace ForkBench.Results.Tests.Support;

/// <summary>Recorded runs with a known change made to them, for the comparison tests on real samples.</summary>
public static class RecordedRun
{
    /// <summary>Run <paramref name="run"/> (1 to 4) of a fixture set of four default runs recorded back to back.</summary>
    public static RunDocument Read(string set, int run) => RunDocumentFile.Read(Fixture.Path($"{set}/run-{run}.json"));

    /// <summary>Runs 1 to 3 of the set pooled as a replicated baseline (run 4 is the unchanged current run).</summary>
    public static RunDocument PooledBaseline(string set) => ReplicatedRun.Merge([Read(set, 1), Read(set, 2), Read(set, 3)]);

    /// <summary>A copy of <paramref name="run"/> with the samples of <paramref name="ids"/> multiplied by <paramref name="factor"/>.</summary>
    public static RunDocument Scaled(RunDocument run, double factor, params string[] ids)
    {
        var chosen = ids.ToHashSet(StringComparer.Ordinal);
        Assert.All(ids, id => Assert.NotNull(run.Find(id)));
        return run with
        {
            Measurements = [.. run.Measurements.Select(m => chosen.Contains(m.Id)
                ? MeasurementFactory.Create(m.Id, m.Parameters, m.Unit, [.. m.Samples.Select(x => x * factor)], m.Counts) with { RunLengths = m.RunLengths }
                : m)],
        };
    }
}
