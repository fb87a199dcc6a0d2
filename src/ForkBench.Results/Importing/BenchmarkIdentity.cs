namespace ForkBench.Results.Importing;

/// <summary>A benchmark case's measurement id and the parameters its measurement carries.</summary>
public sealed record BenchmarkIdentity(string Id, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The generic mapping (<see cref="BenchmarkIdMapper"/>) under <paramref name="category"/>.</summary>
    public static BenchmarkIdentity Generic(string category, ImportedCase benchmark) =>
        new(BenchmarkIdMapper.ToId(category, benchmark.Method, benchmark.Parameters),
            BenchmarkIdMapper.NormalizeParameters(benchmark.Parameters).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}
