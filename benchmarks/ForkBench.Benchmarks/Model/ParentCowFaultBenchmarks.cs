using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The parent's first write to every page after a fork, nothing pinned:
/// the COW faults (allocate, copy 4 KiB with a real memcpy, remap) that
/// sharing defers, and that the early copy of a pinned page pays inside
/// fork instead. 4 KiB pages or PMD-mapped THP (whose first write splits
/// the PMD, then copies 4 KiB per written page), key variants; quick at
/// 64 MiB, full also at 1 GiB. The iteration setup resets the scenario
/// (rebuilding a split THP parent) and forks; the timed operation is the
/// write pass. The model has no counted fault path: no count columns.
/// </summary>
[BenchmarkCategory("cow-fault", "model")]
public class ParentCowFaultBenchmarks : ScenarioBenchmark
{
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "v5.8";

    [ParamsSource(nameof(Layouts))]
    public string Layout { get; set; } = ModelAxes.Small;

    public static IEnumerable<string> Variants() => ModelParams.KeyVariants();

    public static IEnumerable<string> Layouts() => ModelParams.SmallOrThp();

    protected override ForkScenario Spec() => new() { Variant = CopyVariant.ById(Variant), Process = ModelAxes.Process(layout: Layout), ParentWritesAfterFork = true };

    public override CountedOperation CountedOperationFor(string method) => CountedOperation.None;

    [GlobalSetup(Target = nameof(WriteEveryPage64MiB))]
    public void Setup64MiB() => SetUp(nameof(WriteEveryPage64MiB));

    [GlobalSetup(Target = nameof(WriteEveryPage1GiB))]
    public void Setup1GiB() => SetUp(nameof(WriteEveryPage1GiB));

    [IterationSetup]
    public void ResetAndFork()
    {
        Scenario.Reset();
        Scenario.Fork();
    }

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes64MiB)]
    public void WriteEveryPage64MiB() => Scenario.WriteEveryPage();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes1GiB)]
    [BenchmarkCategory(ModelConfig.FullOnlyCategory)]
    public void WriteEveryPage1GiB() => Scenario.WriteEveryPage();
}
