using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// fork() of a private anonymous process of large folios mapped by PTEs:
/// 64 KiB mTHP (order 4) and 2 MiB folios (order 9, no PMD), nothing or
/// everything pinned. This is where 6.9's PTE batching and its failed
/// batches over pinned folios show (the O(n^2) hypothesis: compare
/// BatchFail and the time per PTE of the two folio sizes). Only variants of
/// 6.8+ kernels (anonymous mTHP) run it. Quick: 6.9 and the no-retry
/// proposal at 64 MiB; full: every such variant, also at 1 GiB. Pinned large folios (and, in the 5.9 to 5.18
/// eras, COW-shared ones) do not come back to the same state by rewriting,
/// so the iteration setup rebuilds the parent.
/// </summary>
[BenchmarkCategory("fork-large-folio", "model", "fork")]
public class ForkLargeFolioBenchmarks : ScenarioBenchmark
{
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "v5.8";

    [ParamsSource(nameof(Layouts))]
    public string Layout { get; set; } = ModelAxes.Mthp64K;

    [ParamsSource(nameof(PinShares))]
    public string Pins { get; set; } = ModelAxes.NoPins;

    public static IEnumerable<string> Variants() => ModelParams.LargeFolioVariants();

    public static IEnumerable<string> Layouts() => ModelParams.PteMappedLargeFolios();

    public static IEnumerable<string> PinShares() => ModelParams.NoneOrAllPinned();

    protected override ForkScenario Spec() => new() { Variant = CopyVariant.ById(Variant), Process = ModelAxes.Process(layout: Layout, pins: Pins) };

    [GlobalSetup(Target = nameof(Fork64MiB))]
    public void Setup64MiB() => SetUp(nameof(Fork64MiB));

    [GlobalSetup(Target = nameof(Fork1GiB))]
    public void Setup1GiB() => SetUp(nameof(Fork1GiB));

    [IterationSetup]
    public void ResetScenario() => Scenario.Reset();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes64MiB)]
    public void Fork64MiB() => Scenario.Fork();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes1GiB)]
    [BenchmarkCategory(ModelConfig.FullOnlyCategory)]
    public void Fork1GiB() => Scenario.Fork();
}
