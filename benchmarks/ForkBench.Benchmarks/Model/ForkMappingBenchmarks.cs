using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// fork() of a process of 4 KiB pages by mapping kind: private anonymous
/// (every PTE copied and write-protected), shared anonymous (shmem: no
/// anon_vma, nothing copied: the MAP_SHARED workaround) and a private file
/// mapping (read in, first page written: every PTE copied, the file pages
/// by reference and without write-protect). Nothing pinned: the mapping
/// kind decides whether the copy runs at all, not how a pin is handled.
/// Quick: the key variants and Linus's/Jason's orderings (whose atomics
/// differ on clean file pages) at 64 MiB; full: every variant, also at 1 GiB.
/// </summary>
[BenchmarkCategory("fork-mapping", "model", "fork")]
public class ForkMappingBenchmarks : ScenarioBenchmark
{
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "v5.8";

    [ParamsSource(nameof(Mappings))]
    public string Mapping { get; set; } = ModelAxes.Anon;

    public static IEnumerable<string> Variants() => ModelParams.MappingVariants();

    public static IEnumerable<string> Mappings() => ModelParams.AllMappings();

    protected override ForkScenario Spec() => new() { Variant = CopyVariant.ById(Variant), Process = ModelAxes.Process(mapping: Mapping) };

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
