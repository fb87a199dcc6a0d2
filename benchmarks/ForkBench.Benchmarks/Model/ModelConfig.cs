using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Perfolizer.Mathematics.OutlierDetection;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The one configuration of the model suite: a quick default job and a full
/// job for publication, the columns, the memory diagnoser and the exports.
/// Every setting carries the reason it is there.
/// </summary>
public static class ModelConfig
{
    /// <summary>Benchmarks in this category run in the full job only (the 4 GiB sizes).</summary>
    public const string FullOnlyCategory = "full-only";

    /// <summary>Measured invocations of a quick case: the fewest whose smallest and largest bound the median at 95%.</summary>
    public const int QuickIterations = 6;

    /// <summary>
    /// The quick default: the whole default suite in about three minutes on
    /// 2 cores. Each fork of 1 GiB takes milliseconds (pinned: tenths of a
    /// second), so few single-invocation iterations already give a stable
    /// median; the price is a wider confidence interval than the full job's.
    /// </summary>
    public static Job QuickJob { get; } = new Job("quick")
        // In process: no generated project to build per run (about 1.5 min
        // on 2 cores) and no process start per case; the model is
        // single-threaded and allocation-free, so sharing the process with
        // BenchmarkDotNet costs it nothing measurable.
        .WithToolchain(InProcessEmitToolchain.DontLogOutput)
        // One process, one launch: the model is deterministic (fixed seeds).
        .WithLaunchCount(1)
        // No warm-up iteration: the counted fork of the global setup and
        // BenchmarkDotNet's jitting invocation have already faulted in what
        // a fork touches (the child's page tables, copy destinations), and
        // the JIT needs none: tiered compilation is off (see the project file).
        .WithWarmupCount(0)
        // Six measured invocations, every one kept (no outlier removal: the
        // comparison takes medians, and a dropped sample would leave five,
        // too few to bound the median at 95%). Not adaptive: with six to
        // eight iterations and a stop once BenchmarkDotNet's 99.9% interval
        // of the mean was within 2%, eight default runs of 44 cases went to
        // the eighth iteration in 252 of 352 cases (the loop moves 4% between
        // invocations, 16% for the 0.1 ms THP forks), and up to eight
        // samples the median's 95% interval is the smallest and largest
        // sample anyway. What limits a comparison is how the case moves
        // between runs (10% at the family's median), not the median's
        // standard error inside one (about 2% at six). The two iterations
        // saved are most of a pinned 1 GiB case's time: 0.3 s each. The
        // default run gives the cheap unpinned cases more
        // (QuickIterationPlan).
        .WithIterationCount(QuickIterations)
        .WithOutlierMode(OutlierMode.DontRemove)
        // One invocation per iteration: [IterationSetup] resets the
        // scenario between invocations, outside the timed region (this is
        // what BenchmarkDotNet forces with an iteration setup anyway).
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        // The overhead of one empty call is nanoseconds against a fork of
        // microseconds to milliseconds: not worth its iterations.
        .WithEvaluateOverhead(false);

    /// <summary>The full job for publication: a process per case, more launches and iterations, 4 GiB sizes, every variant.</summary>
    public static Job FullJob { get; } = new Job("full")
        // A fresh process per case (BenchmarkDotNet's out-of-process
        // toolchain, told where the project is): no case inherits another's
        // heap, page cache state or JIT state.
        .WithToolchain(ModelProjectToolchain.Instance)
        .WithLaunchCount(3)
        // Three warm-up invocations per launch.
        .WithWarmupCount(3)
        // Twenty measured invocations per launch (sixty per case).
        .WithIterationCount(20)
        // As in the quick job: one invocation per iteration, reset between.
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        // Fully optimised code from the first call, as in the quick job's
        // host process, so quick and full measure the same machine code.
        .WithEnvironmentVariable("DOTNET_TieredCompilation", "0");

    /// <summary>
    /// The configuration for a preset. <paramref name="withJob"/> is false
    /// when the command line names its own job (--job), which then replaces
    /// ours and only gets the project-aware out-of-process toolchain.
    /// </summary>
    public static IConfig Create(ModelPreset preset, bool withJob, string artifactsPath)
    {
        ManualConfig config = ManualConfig.Create(DefaultConfig.Instance)
            // Bytes allocated per operation: every model benchmark must show 0 B.
            .AddDiagnoser(MemoryDiagnoser.Default)
            // The whole fork (or exit, or write pass) beside the per-PTE mean.
            .AddColumn(WholeOperationColumn.Instance)
            // Whether copied pages cost a real memcpy in this case.
            .AddColumn(DataModeColumn.Instance)
            // The per-PTE mean as a multiple of the physical floor.
            .AddColumn(FloorRatioColumn.Instance)
            // Exact counts from one counted run of the same scenario.
            .AddColumn([.. CountColumn.All])
            // Bytes allocated per operation as a number (0, not "-").
            .AddColumn(AllocatedBytesColumn.Instance)
            // The stable id, for exports and baselines.
            .AddColumn(BenchmarkIdColumn.Instance)
            // Full JSON (every measurement) for the results pipeline; the
            // default CSV, Markdown and HTML exports stay for reading.
            .AddExporter(JsonExporter.Full)
            // Runs go to results/runs/model-<timestamp>/, which git ignores.
            .WithArtifactsPath(artifactsPath)
            // ns per PTE in every row, whatever the magnitude, so rows compare at a glance.
            .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Nanosecond).WithMaxParameterColumnWidth(24))
            // Methods in declaration order (small sizes first), not by speed;
            // BenchmarkDotNet orders parameter values alphabetically.
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        if (withJob)
            config.AddJob(preset == ModelPreset.Full ? FullJob : QuickJob);
        else
        {
            // A job from the command line (--job short) runs out of process
            // too, and needs to be told where the project is.
            config.AddJob(Job.Default.WithToolchain(ModelProjectToolchain.Instance).AsMutator());
        }
        if (preset == ModelPreset.Quick)
        {
            // The quick preset leaves the 4 GiB sizes to the full job.
            config.AddFilter(new SimpleFilter(c => !c.Descriptor.HasCategory(FullOnlyCategory)));
        }
        return config;
    }

    /// <summary>results/runs/model-&lt;UTC timestamp&gt;/ under the repository root (or the current directory outside one).</summary>
    public static string DefaultArtifactsPath(DateTime utcNow) =>
        ArtifactsPath(Results.Repository.ResultsDirectory.FindFromCurrentDirectory(), utcNow);

    /// <summary>runs/model-&lt;UTC timestamp&gt;/ under a results folder (the default run's, --results included).</summary>
    public static string ArtifactsPath(string results, DateTime utcNow) =>
        Path.Combine(Results.Repository.ResultsDirectory.Runs(results), "model-" + utcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
}
