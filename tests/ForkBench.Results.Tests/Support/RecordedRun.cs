using ForkBench.Results.Documents;

namespace ForkBench.Results.Tests.Support;

/// <summary>Recorded runs with a known change made to them, for the comparison tests on real samples.</summary>
public static class RecordedRun
{
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
