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
    /// The classes the default run times: the cases its report shows (the
    /// headline table, every variant at 1 GiB) and the floor they are divided
    /// by. Fewer cases, each measured well, rather than every case measured
    /// badly: the other classes separate variants by their exact counts
    /// (the counts command), and run with `model`.
    /// </summary>
    public static IReadOnlyList<Type> DefaultRunTypes { get; } =
    [
        typeof(PhysicalFloorBenchmarks),
        typeof(ForkLayoutBenchmarks),
    ];

    /// <summary>
    /// Every case the preset runs, as BenchmarkDotNet enumerates them (the
    /// preset's filters applied), without running anything; of
    /// <paramref name="types"/> when given, else of every class.
    /// </summary>
    public static IReadOnlyList<BenchmarkDotNet.Running.BenchmarkCase> Cases(ModelPreset preset, IReadOnlyList<Type>? types = null)
    {
        ModelPreset before = ModelParams.Current;
        ModelParams.Current = preset;
        try
        {
            var config = ModelConfig.Create(preset, withJob: true, Path.Combine(Path.GetTempPath(), "forkbench-unused"));
            return [.. (types ?? Types).SelectMany(type => BenchmarkDotNet.Running.BenchmarkConverter.TypeToBenchmarks(type, config).BenchmarksCases)];
        }
        finally
        {
            ModelParams.Current = before;
        }
    }
}
