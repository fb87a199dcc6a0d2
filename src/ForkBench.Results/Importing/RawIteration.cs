namespace ForkBench.Results.Importing;

/// <summary>
/// One BenchmarkDotNet iteration, wherever it was read from (the JSON export
/// or an in-memory summary): <see cref="Nanoseconds"/> for
/// <see cref="Operations"/> invocations.
/// </summary>
public sealed record RawIteration(string? Mode, string? Stage, int LaunchIndex, int IterationIndex, long Operations, double Nanoseconds)
{
    /// <summary>
    /// The samples a measurement keeps: every Workload/Result iteration
    /// (BenchmarkDotNet's overhead-corrected ones) as ns per operation, in
    /// launch and iteration order.
    /// </summary>
    public static double[] Samples(IEnumerable<RawIteration> iterations) =>
        [.. iterations
            .Where(m => m.Mode == "Workload" && m.Stage == "Result" && m.Operations > 0)
            .OrderBy(m => m.LaunchIndex).ThenBy(m => m.IterationIndex)
            .Select(m => m.Nanoseconds / m.Operations)];
}
