using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// How many invocations the quick job measures of each case. A fork of a
/// pinned process copies its pages (0.2 to 0.4 s at 1 GiB, and a pinned
/// THP parent is rebuilt between invocations): those cases keep the quick
/// job's <see cref="ModelConfig.QuickIterations"/>, which is what the
/// three-minute default run can pay. An unpinned fork costs milliseconds
/// (4 KiB pages) or tens of microseconds (THP), and its iteration setup
/// rewrites the parent in place, so it gets
/// <see cref="UnpinnedIterations"/>: six samples bound its median only by
/// the smallest and largest, which for a 0.03 ms THP fork that moves 16%
/// from one invocation to the next left intervals of +-25 to +130%.
/// </summary>
public static class QuickIterationPlan
{
    /// <summary>Measured invocations of a case whose fork pins nothing: its 95% interval of the median lies between the 8th and 18th.</summary>
    public const int UnpinnedIterations = 25;

    /// <summary>The invocations the quick job measures of <paramref name="benchmarkCase"/>.</summary>
    public static int For(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        return BenchmarkCaseInstances.AsModelBenchmark(benchmarkCase)?.SpecFor(method) is { PinsAtFork: false }
            ? UnpinnedIterations
            : ModelConfig.QuickIterations;
    }

    /// <summary>
    /// The run's cases, each with the quick job's iteration count set by
    /// <see cref="For"/>; a case whose class sets its own count (the floor's
    /// [IterationCount]) or whose job is not the quick job is left alone.
    /// </summary>
    public static BenchmarkRunInfo Apply(BenchmarkRunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        BenchmarkCase[] cases = [.. run.BenchmarksCases.Select(Planned)];
        return new BenchmarkRunInfo(cases, run.Type, run.Config);
    }

    private static BenchmarkCase Planned(BenchmarkCase benchmarkCase)
    {
        Job job = benchmarkCase.Job;
        if (job.Id != ModelConfig.QuickJob.Id || job.Run.IterationCount != ModelConfig.QuickIterations)
            return benchmarkCase;
        int iterations = For(benchmarkCase);
        if (iterations == job.Run.IterationCount)
            return benchmarkCase;
        return BenchmarkCase.Create(benchmarkCase.Descriptor, job.WithIterationCount(iterations), benchmarkCase.Parameters, benchmarkCase.Config);
    }
}
