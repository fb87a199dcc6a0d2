namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Every model benchmark class, in the order they run: the physical floor
/// first, so that the "x Floor" column of every later summary can use it.
/// </summary>
public static class ModelSuite
{
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(PhysicalFloorBenchmarks),
        typeof(ForkPinnedShareBenchmarks),
        typeof(ForkLayoutBenchmarks),
        typeof(ForkLargeFolioBenchmarks),
        typeof(ForkMappingBenchmarks),
        typeof(ForkPlacementBenchmarks),
        typeof(ForkSizeBenchmarks),
        typeof(ChildExitBenchmarks),
        typeof(ParentCowFaultBenchmarks),
    ];
}
