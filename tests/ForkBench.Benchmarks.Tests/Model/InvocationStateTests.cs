using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Running;
using ForkBench.Benchmarks.Model;

namespace ForkBench.Benchmarks.Tests.Model;

/// <summary>
/// Every case of the full preset, built small, run as BenchmarkDotNet runs
/// it (global setup, then iteration setup and operation, twice, then
/// cleanup): each invocation must start from the same state, with the
/// model's invariants intact.
/// </summary>
public class InvocationStateTests
{
    private const long Size = 8L << 20;

    public static TheoryData<string> ScenarioTypes() => new(ModelSuite.Types.Where(t => t.IsSubclassOf(typeof(ScenarioBenchmark))).Select(t => t.Name));

    [Theory]
    [MemberData(nameof(ScenarioTypes))]
    public void EveryInvocationStartsFromTheSameState(string typeName)
    {
        Type type = ModelSuite.Types.Single(t => t.Name == typeName);
        SuiteCases.WithSmallScenarios(Size, () =>
        {
            foreach (BenchmarkCase benchmarkCase in SuiteCases.Of(type, ModelPreset.Full))
                RunTwice(benchmarkCase);
        });
    }

    private static void RunTwice(BenchmarkCase benchmarkCase)
    {
        var descriptor = benchmarkCase.Descriptor;
        string id = ModelBenchmarkId.For(benchmarkCase);
        var benchmark = (ScenarioBenchmark)BenchmarkCaseInstances.Create(benchmarkCase);
        descriptor.GlobalSetupMethod!.Invoke(benchmark, null);
        try
        {
            ForkScenarioInstance s = benchmark.BuiltScenario!;
            bool forkBenchmark = benchmark.CountedOperationFor(descriptor.WorkloadMethod.Name) == CountedOperation.Fork;
            bool sameFrames = s.Spec.RestoresInPlace && !s.Spec.ParentWritesAfterFork;
            string? before = null;
            for (int invocation = 0; invocation < 3; invocation++)
            {
                descriptor.IterationSetupMethod!.Invoke(benchmark, null);
                Assert.True(!forkBenchmark || s.Child.IsEmpty, $"{id}: the child is not empty before a fork");
                Assert.Empty(s.Machine.CheckInvariants());
                string state = MachineFingerprint.Of(s, sameFrames);
                if (before is not null)
                    Assert.True(before == state, $"{id}: invocation {invocation} starts from another state");
                before = state;
                descriptor.WorkloadMethod.Invoke(benchmark, null);
                Assert.True(s.LastOutcome == Kernel.ForkOutcome.Success, $"{id}: fork returned {s.LastOutcome}");
                Assert.Empty(s.Machine.CheckInvariants());
            }
        }
        finally
        {
            descriptor.GlobalCleanupMethod!.Invoke(benchmark, null);
        }
    }
}
