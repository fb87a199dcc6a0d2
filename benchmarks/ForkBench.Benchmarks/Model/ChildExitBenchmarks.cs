using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The child's exit after a fork (exit_mmap: every mapping dropped, the
/// pages copied for the child freed): 4 KiB pages or PMD-mapped THP,
/// nothing or everything pinned in the parent (the fixed variants copied
/// pinned pages for the child, so its exit frees them), key variants.
/// Quick at 64 MiB, full also at 1 GiB. The iteration setup resets the
/// scenario and forks; the timed operation is the exit alone, and the
/// counts are of one counted exit.
/// </summary>
[BenchmarkCategory("exit", "model")]
public class ChildExitBenchmarks : ScenarioBenchmark
{
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "v5.8";

    [ParamsSource(nameof(Layouts))]
    public string Layout { get; set; } = ModelAxes.Small;

    [ParamsSource(nameof(PinShares))]
    public string Pins { get; set; } = ModelAxes.NoPins;

    public static IEnumerable<string> Variants() => ModelParams.KeyVariants();

    public static IEnumerable<string> Layouts() => ModelParams.SmallOrThp();

    public static IEnumerable<string> PinShares() => ModelParams.NoneOrAllPinned();

    protected override ForkScenario Spec() => new() { Variant = CopyVariant.ById(Variant), Process = ModelAxes.Process(layout: Layout, pins: Pins) };

    public override CountedOperation CountedOperationFor(string method) => CountedOperation.Exit;

    [GlobalSetup(Target = nameof(ExitChild64MiB))]
    public void Setup64MiB() => SetUp(nameof(ExitChild64MiB));

    [GlobalSetup(Target = nameof(ExitChild1GiB))]
    public void Setup1GiB() => SetUp(nameof(ExitChild1GiB));

    [IterationSetup]
    public void ResetAndFork()
    {
        Scenario.Reset();
        Scenario.Fork();
    }

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes64MiB)]
    public void ExitChild64MiB() => Scenario.ExitChild();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes1GiB)]
    [BenchmarkCategory(ModelConfig.FullOnlyCategory)]
    public void ExitChild1GiB() => Scenario.ExitChild();
}
