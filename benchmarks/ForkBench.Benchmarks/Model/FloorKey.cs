using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Scenarios;

namespace ForkBench.Benchmarks.Model;

/// <summary>Which physical-floor measurement a case is a multiple of: same PTE count, same frame placement.</summary>
public readonly record struct FloorKey(long Ptes, FramePlacement Placement)
{
    public static FloorKey Of(ForkScenario spec) => new(spec.Ptes, spec.Placement);
}
