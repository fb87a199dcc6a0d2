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

    /// <summary>
    /// Every case the preset runs, as BenchmarkDotNet enumerates them (the
    /// preset's filters applied), without running anything.
    /// </summary>
    public static IReadOnlyList<BenchmarkDotNet.Running.BenchmarkCase> Cases(ModelPreset preset)
    {
        ModelPreset before = ModelParams.Current;
        ModelParams.Current = preset;
        try
        {
            var config = ModelConfig.Create(preset, withJob: true, Path.Combine(Path.GetTempPath(), "forkbench-unused"));
            return [.. Types.SelectMany(type => BenchmarkDotNet.Running.BenchmarkConverter.TypeToBenchmarks(type, config).BenchmarksCases)];
        }
        finally
        {
            ModelParams.Current = before;
        }
    }
}
