using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>The stable id of each case (<see cref="ModelBenchmarkId"/>), for exports and baselines.</summary>
public sealed class BenchmarkIdColumn() : ModelColumn("Id", "Id", "Stable benchmark id: model/category/method/param=value...", 20)
{
    public static BenchmarkIdColumn Instance { get; } = new();

    public override bool IsNumeric => false;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) => ModelBenchmarkId.For(benchmarkCase);
}
