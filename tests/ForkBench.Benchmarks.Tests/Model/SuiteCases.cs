using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ForkBench.Benchmarks.Model;

namespace ForkBench.Benchmarks.Tests.Model;

/// <summary>The benchmark cases of the model suite as BenchmarkDotNet enumerates them, per preset.</summary>
internal static class SuiteCases
{
    public static IReadOnlyList<BenchmarkCase> Of(Type type, ModelPreset preset)
    {
        ModelPreset before = ModelParams.Current;
        ModelParams.Current = preset;
        try
        {
            return BenchmarkConverter.TypeToBenchmarks(type, DefaultConfig.Instance).BenchmarksCases;
        }
        finally
        {
            ModelParams.Current = before;
        }
    }

    public static IReadOnlyList<BenchmarkCase> All(ModelPreset preset) =>
        ModelSuite.Types.SelectMany(t => Of(t, preset)).ToList();

    /// <summary>Runs <paramref name="body"/> with every scenario built at <paramref name="bytes"/>.</summary>
    public static void WithSmallScenarios(long bytes, Action body)
    {
        ScenarioBenchmark.TestSizeOverride = bytes;
        try
        {
            body();
        }
        finally
        {
            ScenarioBenchmark.TestSizeOverride = null;
        }
    }
}
