using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Scenarios;
using System.Collections.Concurrent;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Exact counts per benchmark case, computed once: by building the case's
/// scenario and running its operation once with counting. A benchmark that
/// already built the scenario in its global setup primes the cache, so an
/// in-process run does not build every scenario twice.
/// </summary>
public static class CountCache
{
    private static readonly ConcurrentDictionary<string, CountedRun?> Runs = new(StringComparer.Ordinal);

    /// <summary>The counts of a case, or null when its class counts nothing.</summary>
    public static CountedRun? For(BenchmarkCase benchmarkCase)
    {
        string key = ModelBenchmarkId.For(benchmarkCase);
        return Runs.GetOrAdd(key, _ => Compute(benchmarkCase));
    }

    /// <summary>Counts a case from the scenario a benchmark built (left reset afterwards).</summary>
    public static void Prime(IModelBenchmark benchmark, string method, ForkScenarioInstance scenario)
    {
        string key = ModelBenchmarkId.For(benchmark.GetType(), method, ParameterValues.Of(benchmark));
        Runs.GetOrAdd(key, _ => Count(benchmark.CountedOperationFor(method), scenario));
    }

    /// <summary>Builds the case's scenario afresh and counts its operation once.</summary>
    public static CountedRun? Compute(BenchmarkCase benchmarkCase)
    {
        IModelBenchmark? benchmark = BenchmarkCaseInstances.AsModelBenchmark(benchmarkCase);
        string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (benchmark?.SpecFor(method) is not { } spec || benchmark.CountedOperationFor(method) == CountedOperation.None)
            return null;
        using var scenario = spec.Build();
        return Count(benchmark.CountedOperationFor(method), scenario);
    }

    private static CountedRun? Count(CountedOperation operation, ForkScenarioInstance scenario) => operation switch
    {
        CountedOperation.Fork => scenario.CountFork(),
        CountedOperation.Exit => scenario.CountExit(),
        _ => null,
    };
}
