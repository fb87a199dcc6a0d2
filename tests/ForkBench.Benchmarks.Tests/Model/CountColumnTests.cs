using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Running;
using ForkBench.Benchmarks.Model;
using ForkBench.Kernel.Counting;

namespace ForkBench.Benchmarks.Tests.Model;

public class CountColumnTests
{
    private const long Size = 8L << 20;

    private static BenchmarkCase Case(Type type, string id) =>
        SuiteCases.Of(type, ModelPreset.Full).Single(c => ModelBenchmarkId.For(c) == id);

    [Theory]
    [InlineData("model/fork-pinned-share/merged-5.10/anon-4k/pin=every-64th/rss=64mib")]
    [InlineData("model/fork-pinned-share/pte-batch-6.9/anon-4k/pin=all/rss=64mib")]
    [InlineData("model/fork-pinned-share/jgg-atomics-last/anon-4k/pin=none/refs=every-64th/rss=64mib")]
    public void TheColumnCountsWhatADirectCountedForkCounts(string id)
    {
        SuiteCases.WithSmallScenarios(Size, () =>
        {
            var benchmarkCase = Case(typeof(ForkPinnedShareBenchmarks), id);
            CountedRun run = CountCache.Compute(benchmarkCase)!;

            var spec = ((IModelBenchmark)BenchmarkCaseInstances.Create(benchmarkCase)).SpecFor("Fork64MiB")!;
            using var scenario = spec.Build();
            var direct = new OperationCounts(scenario.Machine.Physical.FrameCount);
            scenario.Machine.Fork(scenario.Parent, scenario.Child, direct);

            Assert.Equal(direct.ToDictionary(), run.Counts.ToDictionary());
            Assert.Equal(Size >> 12, run.Ptes);
        });
    }

    [Fact]
    public void TheColumnsFormatTheCountsPerPte()
    {
        SuiteCases.WithSmallScenarios(Size, () =>
        {
            var benchmarkCase = Case(typeof(ForkPinnedShareBenchmarks), "model/fork-pinned-share/merged-5.10/anon-4k/pin=all/rss=64mib");
            CountedRun run = CountCache.Compute(benchmarkCase)!;
            Assert.Equal((double)(run.Counts.LockedRmws + run.Counts.AtomicReads) / run.Ptes, run.AtomicsPerPte);
            Assert.Equal(Size >> 12, run.Counts.PagesCopied);
            Assert.Equal(run.Counts.PagesCopied, run.Counts.LockCycles); // one -EAGAIN cycle per copied page
        });
    }

    [Fact]
    public void TheExitBenchmarkCountsOneExit()
    {
        SuiteCases.WithSmallScenarios(Size, () =>
        {
            var benchmarkCase = Case(typeof(ChildExitBenchmarks), "model/exit/v5.8/anon-4k/pin=none/rss=64mib");
            CountedRun run = CountCache.Compute(benchmarkCase)!;
            Assert.Equal(0, run.Counts.PagesCopied);
            Assert.Equal(2 * (Size >> 12), run.Counts.LockedRmws); // per page: mapcount and refcount down
        });
    }

    [Fact]
    public void BenchmarksWithoutACountedOperationHaveNoCounts()
    {
        SuiteCases.WithSmallScenarios(Size, () =>
        {
            foreach (var benchmarkCase in SuiteCases.Of(typeof(ParentCowFaultBenchmarks), ModelPreset.Quick).Concat(SuiteCases.Of(typeof(PhysicalFloorBenchmarks), ModelPreset.Quick)))
                Assert.Null(CountCache.Compute(benchmarkCase));
        });
    }

    [Fact]
    public void PrimingFromTheBenchmarkGivesTheColumnTheSameCounts()
    {
        SuiteCases.WithSmallScenarios(Size, () =>
        {
            var benchmarkCase = Case(typeof(ForkPinnedShareBenchmarks), "model/fork-pinned-share/anon-exclusive-5.19/anon-4k/pin=every-1024th/rss=1gib");
            var benchmark = (ForkPinnedShareBenchmarks)BenchmarkCaseInstances.Create(benchmarkCase);
            benchmark.Setup1GiB();
            benchmark.CleanUp();
            CountedRun primed = CountCache.For(benchmarkCase)!;
            Assert.Equal(CountCache.Compute(benchmarkCase)!.Counts.ToDictionary(), primed.Counts.ToDictionary());
        });
    }
}
