using System.Globalization;
using ForkBench.Native;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Native sweep results as result-document measurements: the wall-time
/// samples of each point (floors included, with their own ids), a skipped
/// point with its reason, and the figures a reader compares across tools
/// (floor, marginal cost over it, first fork) as parameters. Only a point
/// that stopped short of its samples is marked incomplete: the points an
/// interrupted sweep finished are whole, and the run document says the run
/// as a whole stopped early.
/// </summary>
public static class NativeMeasurementMapper
{
    public static IEnumerable<Measurement> Map(NativeSweepResult result) =>
        MapMeasurements(result.Floors, result.Measurements);

    public static IEnumerable<Measurement> MapMeasurements(IEnumerable<NativeMeasurement> floors, IEnumerable<NativeMeasurement> points)
    {
        foreach (NativeMeasurement native in floors.Concat(points))
        {
            var parameters = new Dictionary<string, string>(native.Parameters, StringComparer.Ordinal);
            Add(parameters, "floorMedianNs", native.FloorMedianNs);
            Add(parameters, "marginalMedianNs", native.MarginalMedianNs);
            Add(parameters, "firstForkNs", native.FirstForkNs);
            Add(parameters, "hugePageCoverage", native.HugePageCoverage);
            if (native.SkipReason is { } reason)
                yield return MeasurementFactory.Skipped(native.Id, parameters, SampleUnit.Nanoseconds, reason);
            else if (native.Samples.Count == 0)
                yield return MeasurementFactory.Skipped(native.Id, parameters, SampleUnit.Nanoseconds, "no sample was taken (the sweep stopped first)");
            else
                yield return MeasurementFactory.Create(native.Id, parameters, SampleUnit.Nanoseconds, native.Samples, incomplete: native.Incomplete);
        }
    }

    private static void Add(Dictionary<string, string> parameters, string name, double? value)
    {
        if (value is double v && double.IsFinite(v))
            parameters[name] = v.ToString("R", CultureInfo.InvariantCulture);
    }
}
