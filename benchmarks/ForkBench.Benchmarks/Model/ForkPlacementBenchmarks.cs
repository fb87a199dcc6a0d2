using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// fork() of a 1 GiB process of 4 KiB pages with its frames contiguous or
/// scattered (shuffled within 128 MiB windows): what locality in the memmap
/// is worth. Placement touches every variant alike, so it runs on v5.8 (the
/// plain copy) and pte-batch-6.9 (today's) only; 1 GiB, because at 64 MiB
/// the struct pages fit in cache either way. Quick: nothing pinned; full:
/// also everything pinned.
/// </summary>
[BenchmarkCategory("fork-placement", "model", "fork")]
public class ForkPlacementBenchmarks : ScenarioBenchmark
{
    [Params("v5.8", "pte-batch-6.9")]
    public string Variant { get; set; } = "v5.8";

    [ParamsSource(nameof(Placements))]
    public string Placement { get; set; } = PlacementParam.Contiguous;

    [ParamsSource(nameof(PinShares))]
    public string Pins { get; set; } = ModelAxes.NoPins;

    public static IEnumerable<string> Placements() => ModelParams.AllPlacements();

    public static IEnumerable<string> PinShares() => ModelParams.NoneOrInFullAllPinned();

    protected override ForkScenario Spec() => new() { Variant = CopyVariant.ById(Variant), Placement = PlacementParam.Parse(Placement), Process = ModelAxes.Process(pins: Pins) };

    [GlobalSetup(Target = nameof(Fork1GiB))]
    public void Setup1GiB() => SetUp(nameof(Fork1GiB));

    [IterationSetup]
    public void ResetScenario() => Scenario.Reset();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes1GiB)]
    public void Fork1GiB() => Scenario.Fork();
}
