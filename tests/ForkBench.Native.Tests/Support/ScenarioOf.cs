using ForkBench.Native.Scenarios;
using ForkBench.Scenarios;

namespace ForkBench.Native.Tests.Support;

/// <summary>Native scenarios written as the ids spell them: <c>Fork("anon-4k/pin=all")</c>.</summary>
public static class ScenarioOf
{
    public static NativeScenario Fork(string tailWithoutSize) => new(SpawnKind.Fork, Process(tailWithoutSize));

    public static NativeScenario Vfork(string tailWithoutSize) => new(SpawnKind.VforkClone, Process(tailWithoutSize));

    private static ProcessScenario Process(string tailWithoutSize) => ProcessScenario.ParseTail(tailWithoutSize + "/rss=2mib");
}
