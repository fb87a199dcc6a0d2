using System.Globalization;
using ForkBench.Results.Documents;

namespace ForkBench.Native;

/// <summary>
/// Native sweep results as result-document measurements. Each point gives
/// up to six measurements, one per thing timed, each with its own id that
/// differs from the fork latency's in the second segment only:
/// <c>native/fork/...</c> (wall time of fork()), <c>native/fork-cpu/...</c>
/// (the parent thread's CPU time in fork(): robust on a busy machine),
/// <c>native/fork-exit-reap/...</c> (the child's exit and the parent's
/// reap) and <c>native/fork-cow-write/...</c> (the parent's first write to
/// every page after fork, with --cow), <c>native/fork-marginal/...</c>:
/// the buffer's own cost, each fork minus the fork without the buffer timed
/// in the same round (minus the run's floor median in documents made
/// before round floors), only where fork works on the buffer (not vfork,
/// MAP_SHARED, DONTFORK, WIPEONFORK: zero by construction), so the floor's
/// drift between and within runs does not move it, and
/// <c>native/fork-per-walk/...</c> (unit x, points whose fork copies the
/// buffer's PTEs and no page): that cost over a pagemap walk of the buffer
/// timed in the same round, so where the buffer's memory sits does not move
/// it either. The parameter "metric" names which.
/// A skipped point keeps its reason; the figures a reader compares across
/// tools (floor, marginal cost, first fork) are parameters of the latency.
/// Only a point that stopped short of its samples is marked incomplete: the
/// points an interrupted sweep finished are whole, and the run document says
/// the run as a whole stopped early.
/// </summary>
public static class NativeMeasurementMapper
{
    public const string MetricParameter = "metric";

    /// <summary>The metric of the fork-per-walk figure (<c>native/fork-per-walk/...</c>, unit x).</summary>
    public const string PerWalkMetric = "per-walk";

    public static IEnumerable<Measurement> Map(NativeSweepResult result) =>
        MapMeasurements(result.Floors, result.Measurements);

    public static IEnumerable<Measurement> MapMeasurements(IEnumerable<NativeMeasurement> floors, IEnumerable<NativeMeasurement> points)
    {
        foreach (NativeMeasurement native in floors.Concat(points))
        {
            var parameters = new Dictionary<string, string>(native.Parameters, StringComparer.Ordinal) { [MetricParameter] = "wall" };
            Add(parameters, "floorMedianNs", native.FloorMedianNs);
            Add(parameters, "marginalMedianNs", native.MarginalMedianNs);
            Add(parameters, "firstForkNs", native.FirstForkNs);
            Add(parameters, "hugePageCoverage", native.HugePageCoverage);
            if (native.SkipReason is { } reason)
            {
                yield return MeasurementFactory.Skipped(native.Id, parameters, SampleUnit.Nanoseconds, reason);
                continue;
            }
            if (native.Samples.Count == 0)
            {
                yield return MeasurementFactory.Skipped(native.Id, parameters, SampleUnit.Nanoseconds, "no sample was taken (the sweep stopped first)");
                continue;
            }
            yield return MeasurementFactory.Create(native.Id, parameters, SampleUnit.Nanoseconds, native.Samples, incomplete: native.Incomplete);
            IReadOnlyList<double> marginal = native.ForkWorksOnBuffer ? Sweep.MarginalCost.PerFork(native.Samples, native.RoundFloorSamples, native.FloorMedianNs) : [];
            foreach (var (metric, unit, samples) in ((string, SampleUnit, IReadOnlyList<double>)[])[
                ("marginal", SampleUnit.Nanoseconds, marginal), ("cpu", SampleUnit.Nanoseconds, native.CpuSamples),
                ("exit-reap", SampleUnit.Nanoseconds, native.ExitReapSamples), ("cow-write", SampleUnit.Nanoseconds, native.CowWriteSamples),
                (PerWalkMetric, SampleUnit.Multiple, PerWalk(native))])
            {
                if (samples.Count == 0)
                    continue;
                var metricParameters = new Dictionary<string, string>(native.Parameters, StringComparer.Ordinal) { [MetricParameter] = metric };
                yield return MeasurementFactory.Create(MetricId(native.Id, metric), metricParameters, unit, samples, incomplete: native.Incomplete);
            }
        }
    }

    /// <summary>
    /// Each fork minus the fork without the buffer of the same round, over
    /// the pagemap walk of the same round: the buffer's cost in units of a
    /// walk over the same memory. Where the buffer happened to sit moves
    /// both, and the floor's drift is taken in the round (see
    /// RoundReference). Empty without round references.
    /// </summary>
    public static IReadOnlyList<double> PerWalk(NativeMeasurement native)
    {
        int n = native.Samples.Count;
        if (native.WalkSamples.Count != n || native.RoundFloorSamples.Count != n)
            return [];
        var ratios = new List<double>(n);
        for (int i = 0; i < n; i++)
        {
            double ratio = Sweep.RoundReference.PerWalk(native.Samples[i], native.RoundFloorSamples[i], native.WalkSamples[i]);
            if (double.IsFinite(ratio))
                ratios.Add(ratio);
        }
        return ratios;
    }

    /// <summary>"native/fork/anon-4k/..." and "cpu" give "native/fork-cpu/anon-4k/...".</summary>
    public static string MetricId(string latencyId, string metric)
    {
        string[] segments = latencyId.Split('/');
        segments[1] = $"{segments[1]}-{metric}";
        return string.Join('/', segments);
    }

    private static void Add(Dictionary<string, string> parameters, string name, double? value)
    {
        if (value is double v && double.IsFinite(v))
            parameters[name] = v.ToString("R", CultureInfo.InvariantCulture);
    }
}
