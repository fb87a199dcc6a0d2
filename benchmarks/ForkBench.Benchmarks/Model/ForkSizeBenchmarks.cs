using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// fork() of a process of 4 KiB pages by size: 64 MiB (its slice of the
/// memmap, 1 MiB, stays in cache), 1 GiB, and 4 GiB in the full job. One
/// method per size keeps Mean in ns per PTE. Key variants; quick: nothing
/// pinned; full: also 1/64 pinned (1/64 keeps the copied data small at 4 GiB).
/// </summary>
[BenchmarkCategory("fork-size", "model", "fork")]
public class ForkSizeBenchmarks : ScenarioBenchmark
{
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "v5.8";

    [ParamsSource(nameof(PinShares))]
    public string Pins { get; set; } = ModelAxes.NoPins;

    public static IEnumerable<string> Variants() => ModelParams.KeyVariants();

    public static IEnumerable<string> PinShares() => ModelParams.NoneOrInFull1In64Pinned();

    protected override ForkScenario Spec() => new() { Variant = CopyVariant.ById(Variant), Process = ModelAxes.Process(pins: Pins) };

    [GlobalSetup(Target = nameof(Fork64MiB))]
    public void Setup64MiB() => SetUp(nameof(Fork64MiB));

    [GlobalSetup(Target = nameof(Fork1GiB))]
    public void Setup1GiB() => SetUp(nameof(Fork1GiB));

    [GlobalSetup(Target = nameof(Fork4GiB))]
    public void Setup4GiB() => SetUp(nameof(Fork4GiB));

    [IterationSetup]
    public void ResetScenario() => Scenario.Reset();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes64MiB)]
    public void Fork64MiB() => Scenario.Fork();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes1GiB)]
    public void Fork1GiB() => Scenario.Fork();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes4GiB)]
    [BenchmarkCategory(ModelConfig.FullOnlyCategory)]
    public void Fork4GiB() => Scenario.Fork();
}
