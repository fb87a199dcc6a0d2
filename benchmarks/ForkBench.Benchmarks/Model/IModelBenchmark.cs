using ForkBench.Kernel.Scenarios;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// A model benchmark class whose cases the columns can rebuild: with its
/// parameters set, it names the scenario a method runs and what to count.
/// </summary>
public interface IModelBenchmark
{
    /// <summary>The scenario <paramref name="method"/> runs with the current parameter values; null for a benchmark without one (the floor).</summary>
    ForkScenario? SpecFor(string method);

    /// <summary>What the count columns count for <paramref name="method"/>.</summary>
    CountedOperation CountedOperationFor(string method);

    /// <summary>The physical floor this method compares with: PTEs and placement; null for none.</summary>
    FloorKey? FloorKeyFor(string method);
}
