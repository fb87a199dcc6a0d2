using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// fork() of a 1 GiB private anonymous process of 4 KiB pages or of
/// PMD-mapped 2 MiB THP, every variant, with nothing or everything pinned:
/// the headline table (ns per PTE per variant at 0% and 100% pinned), and
/// where the THP split of the fixed variants shows. Both presets run it
/// whole. Mean is ns per 4 KiB of the mapping (OperationsPerInvoke =
/// 262144, for a PMD mapping too, so layouts compare per byte mapped).
/// A pinned THP parent is split by the fork, so its iteration setup
/// rebuilds the parent; the others rewrite it in place.
/// </summary>
[BenchmarkCategory("fork-layout", "model", "fork")]
public class ForkLayoutBenchmarks : ScenarioBenchmark
{
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "v5.8";

    [ParamsSource(nameof(Layouts))]
    public string Layout { get; set; } = ModelAxes.Small;

    [ParamsSource(nameof(PinShares))]
    public string Pins { get; set; } = ModelAxes.NoPins;

    public static IEnumerable<string> Variants() => ModelParams.AllVariants();

    public static IEnumerable<string> Layouts() => ModelParams.SmallOrThp();

    public static IEnumerable<string> PinShares() => ModelParams.NoneOrAllPinned();

    protected override ForkScenario Spec() => new() { Variant = CopyVariant.ById(Variant), Process = ModelAxes.Process(layout: Layout, pins: Pins) };

    [GlobalSetup(Target = nameof(Fork1GiB))]
    public void Setup1GiB() => SetUp(nameof(Fork1GiB));

    [IterationSetup]
    public void ResetScenario() => Scenario.Reset();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes1GiB)]
    public void Fork1GiB() => Scenario.Fork();
}
