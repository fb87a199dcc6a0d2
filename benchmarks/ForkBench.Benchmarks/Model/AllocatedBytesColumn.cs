using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Managed bytes allocated per operation as an exact number. BenchmarkDotNet's
/// own Allocated column prints "-" for zero, which reads like "not measured";
/// this one prints 0, so "0 B allocated" can be checked in the table.
/// </summary>
public sealed class AllocatedBytesColumn() : ModelColumn("AllocatedBytes", "Alloc B/op",
    "Managed bytes allocated per operation, exact (MemoryDiagnoser); must be 0", 19)
{
    public static AllocatedBytesColumn Instance { get; } = new();

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report is null || report.GcStats.TotalOperations == 0)
            return null;
        return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase)?.ToString(CultureInfo.InvariantCulture);
    }
}
