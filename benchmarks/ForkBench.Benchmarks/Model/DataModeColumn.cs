using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ForkBench.Kernel.Memory;

namespace ForkBench.Benchmarks.Model;

/// <summary>Whether a copied page costs a real 4 KiB memcpy ("memcpy", PageDataMode.Full) or only a stamp ("stamp").</summary>
public sealed class DataModeColumn() : ModelColumn("Data", "Data",
    "memcpy: PageDataMode.Full, a copied page costs a real 4 KiB memcpy; stamp: PageDataMode.StampOnly", 2)
{
    public static DataModeColumn Instance { get; } = new();

    public override bool IsNumeric => false;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        var benchmark = BenchmarkCaseInstances.AsModelBenchmark(benchmarkCase);
        return benchmark?.SpecFor(benchmarkCase.Descriptor.WorkloadMethod.Name)?.DataMode switch
        {
            PageDataMode.Full => "memcpy",
            PageDataMode.StampOnly => "stamp",
            _ => null,
        };
    }
}
