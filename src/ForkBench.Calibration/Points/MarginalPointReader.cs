using ForkBench.Results;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;

namespace ForkBench.Calibration.Points;

/// <summary>
/// The native marginal points of one or more runs: every measurement whose
/// <c>metric</c> parameter is <c>marginal</c>, not skipped, in a time unit.
/// An id measured by several runs pools their samples.
/// </summary>
public static class MarginalPointReader
{
    public const string MetricParameter = "metric";
    public const string MarginalMetric = "marginal";
    public const string SpawnParameter = "spawn";

    /// <summary>Points in the order the runs list them.</summary>
    /// <exception cref="ResultsDataException">The runs come from more than one host.</exception>
    public static IReadOnlyList<MarginalPoint> Read(IReadOnlyList<RunDocument> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        string[] hosts = [.. runs.Select(r => r.Host.Id).Distinct(StringComparer.Ordinal)];
        if (hosts.Length > 1)
            throw new ResultsDataException($"the runs come from {hosts.Length} hosts ({string.Join(", ", hosts)}); a calibration is of one host");
        var order = new List<string>();
        var pooled = new Dictionary<string, (Measurement First, List<double> Samples, List<string> Runs)>(StringComparer.Ordinal);
        foreach (RunDocument run in runs)
        {
            foreach (Measurement m in run.Measurements)
            {
                if (!IsMarginal(m) || m.Unit.NanosecondsPerUnit is not { } nsPerUnit)
                    continue;
                if (!pooled.TryGetValue(m.Id, out var entry))
                {
                    entry = (m, new List<double>(), new List<string>());
                    pooled[m.Id] = entry;
                    order.Add(m.Id);
                }
                entry.Samples.AddRange(m.Samples.Select(s => s * nsPerUnit));
                entry.Runs.Add(run.Run.Id);
            }
        }
        return [.. order.Select(id =>
        {
            var (first, samples, runIds) = pooled[id];
            return new MarginalPoint(id, TailOf(first), first.Parameters.GetValueOrDefault(SpawnParameter) ?? "fork",
                samples, SampleQuantile.Median(samples), runIds);
        })];
    }

    /// <summary>A marginal measurement with samples.</summary>
    public static bool IsMarginal(Measurement m) =>
        !m.IsSkipped && m.Samples.Count > 0
        && string.Equals(m.Parameters.GetValueOrDefault(MetricParameter), MarginalMetric, StringComparison.Ordinal);

    /// <summary>The <c>scenario</c> parameter, else the id after its first two segments.</summary>
    private static string TailOf(Measurement m) =>
        m.Parameters.GetValueOrDefault(LegacyIds.ScenarioParameter) ?? string.Join('/', m.Id.Split('/').Skip(2));
}
