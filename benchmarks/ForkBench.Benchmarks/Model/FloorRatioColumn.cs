using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Each case's per-PTE mean as a multiple of the physical floor of the same
/// size and placement (<see cref="PhysicalFloorBenchmarks"/>, without the
/// write-protect). The floor's results are remembered from every summary
/// this column sees, so the floor must run first (the model command orders
/// it first) or in the same summary (--join).
/// </summary>
public sealed class FloorRatioColumn() : ModelColumn("FloorRatio", "x Floor",
    "Mean per PTE as a multiple of the physical floor (same PTEs and placement)", 3)
{
    private static readonly ConcurrentDictionary<FloorKey, double> FloorMeans = new();

    public static FloorRatioColumn Instance { get; } = new();

    /// <summary>The floor's mean ns per PTE for a key, if a summary with it has been seen.</summary>
    public static double? FloorMean(FloorKey key) => FloorMeans.TryGetValue(key, out double mean) ? mean : null;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        Remember(summary);
        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var benchmark = BenchmarkCaseInstances.AsModelBenchmark(benchmarkCase);
        if (mean is null || benchmark?.FloorKeyFor(benchmarkCase.Descriptor.WorkloadMethod.Name) is not { } key || FloorMean(key) is not { } floor)
            return null;
        return (mean.Value / floor).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static void Remember(Summary summary)
    {
        foreach (BenchmarkCase floorCase in summary.BenchmarksCases)
        {
            if (floorCase.Descriptor.Type != typeof(PhysicalFloorBenchmarks) || summary[floorCase]?.ResultStatistics is not { } stats)
                continue;
            var floor = (PhysicalFloorBenchmarks)BenchmarkCaseInstances.Create(floorCase);
            if (floor.IsFloor && floor.FloorKeyFor(floorCase.Descriptor.WorkloadMethod.Name) is { } key)
                FloorMeans[key] = stats.Mean;
        }
    }
}
