using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// fork() of a private anonymous process of 4 KiB pages (contiguous
/// frames), every copy variant x what the parent holds at fork: nothing,
/// 1/1024, 1/64 or every page pinned, pinned-then-unpinned ("was-pinned":
/// the sticky has_pinned gate with nothing pinned now), or 1024 ordinary
/// references on 1/64 of the pages (false positives). The variant x pin
/// cross product is the heart of the suite and runs whole in both presets:
/// at 64 MiB in the quick one, at 1 GiB in the full one (the 1 GiB ends of
/// the pin axis, none and all, are in <see cref="ForkLayoutBenchmarks"/>).
/// Mean is ns per PTE (OperationsPerInvoke = PTEs); "Whole op" is the fork.
/// Each invocation forks into the empty child; the iteration setup exits
/// it and rewrites the parent's pages, outside the timed region.
/// </summary>
[BenchmarkCategory("fork-pinned-share", "model", "fork")]
public class ForkPinnedShareBenchmarks : ScenarioBenchmark
{
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "v5.8";

    [ParamsSource(nameof(PinShares))]
    public string Pins { get; set; } = ModelAxes.NoPins;

    public static IEnumerable<string> Variants() => ModelParams.AllVariants();

    public static IEnumerable<string> PinShares() => ModelParams.AllPinShares();

    protected override ForkScenario Spec() => new() { Variant = CopyVariant.ById(Variant), Process = ModelAxes.Process(pins: Pins) };

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
