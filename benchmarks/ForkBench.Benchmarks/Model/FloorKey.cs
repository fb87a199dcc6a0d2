namespace ForkBench.Benchmarks.Model;

/// <summary>Which physical-floor measurement a case is a multiple of: same PTE count, same frame placement.</summary>
public readonly record struct FloorKey(long Ptes, string Placement)
{
    public static FloorKey Of(ScenarioSpec spec) => new(spec.Ptes, spec.Placement);
}
