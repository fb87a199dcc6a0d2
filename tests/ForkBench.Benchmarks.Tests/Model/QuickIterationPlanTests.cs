using BenchmarkDotNet.Running;
using ForkBench.Benchmarks.Model;

namespace ForkBench.Benchmarks.Tests.Model;

/// <summary>The default run's quick job: unpinned forks get more invocations, pinned ones and the floor keep theirs.</summary>
public class QuickIterationPlanTests
{
    private static BenchmarkRunInfo Planned(Type type)
    {
        ModelPreset before = ModelParams.Current;
        ModelParams.Current = ModelPreset.Quick;
        try
        {
            var config = ModelConfig.Create(ModelPreset.Quick, withJob: true, Path.Combine(Path.GetTempPath(), "forkbench-unused"));
            return QuickIterationPlan.Apply(BenchmarkConverter.TypeToBenchmarks(type, config));
        }
        finally
        {
            ModelParams.Current = before;
        }
    }

    private static string Parameter(BenchmarkCase c, string name) => (string)c.Parameters.Items.Single(p => p.Name == name).Value;

    [Fact]
    public void Unpinned_layout_cases_get_more_invocations_and_pinned_ones_keep_the_quick_count()
    {
        BenchmarkRunInfo run = Planned(typeof(ForkLayoutBenchmarks));

        Assert.Equal(44, run.BenchmarksCases.Length);
        foreach (BenchmarkCase c in run.BenchmarksCases)
        {
            int expected = Parameter(c, nameof(ForkLayoutBenchmarks.Pins)) == ModelAxes.NoPins
                ? QuickIterationPlan.UnpinnedIterations
                : ModelConfig.QuickIterations;
            Assert.Equal(expected, c.Job.Run.IterationCount);
            // Everything else of the quick job is kept.
            Assert.Equal(ModelConfig.QuickJob.Run.InvocationCount, c.Job.Run.InvocationCount);
            Assert.Equal(ModelConfig.QuickJob.Run.WarmupCount, c.Job.Run.WarmupCount);
            Assert.Equal(ModelConfig.QuickJob.Accuracy.OutlierMode, c.Job.Accuracy.OutlierMode);
        }
        Assert.Equal(22, run.BenchmarksCases.Count(c => c.Job.Run.IterationCount == QuickIterationPlan.UnpinnedIterations));
    }

    [Fact]
    public void The_floor_keeps_the_count_its_class_sets()
    {
        BenchmarkRunInfo run = Planned(typeof(PhysicalFloorBenchmarks));

        Assert.NotEmpty(run.BenchmarksCases);
        Assert.All(run.BenchmarksCases, c => Assert.Equal(20, c.Job.Run.IterationCount));
    }
}
