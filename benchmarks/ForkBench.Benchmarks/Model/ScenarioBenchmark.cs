using ForkBench.Kernel.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The common part of the scenario benchmarks. A benchmark method names the
/// process size at its end ("Fork1GiB"), so that OperationsPerInvoke can be
/// that size's PTE count and every Mean is ns per PTE; sizes the quick
/// preset skips carry the full-only category. The scenario is built once per
/// case in a global setup (targeted per method, as the size differs) and
/// its exact counts are taken there; the global cleanup frees it.
/// </summary>
public abstract class ScenarioBenchmark : IModelBenchmark
{
    private ForkScenarioInstance? _scenario;

    /// <summary>The built scenario; valid between global setup and cleanup.</summary>
    protected ForkScenarioInstance Scenario => _scenario ?? throw new InvalidOperationException("the global setup has not run");

    /// <summary>
    /// Tests only: every scenario gets this size instead of its method's, so
    /// that the behaviour tests can run every case small. Null in a real run.
    /// </summary>
    internal static long? TestSizeOverride { get; set; }

    /// <summary>The built scenario, for the behaviour tests.</summary>
    internal ForkScenarioInstance? BuiltScenario => _scenario;

    /// <summary>The scenario of a method at the current parameter values; the size comes from the method's name.</summary>
    public ForkScenario SpecFor(string method) => WithSize(TestSizeOverride ?? SizeParam.FromMethodName(method));

    /// <summary>
    /// The scenario as the method names it, whatever size tests shrink it
    /// to: what the case's id says, so an id never depends on a test setting.
    /// </summary>
    public ForkScenario NominalSpecFor(string method) => WithSize(SizeParam.FromMethodName(method));

    private ForkScenario WithSize(long bytes)
    {
        ForkScenario spec = Spec();
        return spec with { Process = spec.Process with { SizeBytes = bytes } };
    }

    ForkScenario? IModelBenchmark.SpecFor(string method) => SpecFor(method);

    public virtual CountedOperation CountedOperationFor(string method) => CountedOperation.Fork;

    public FloorKey? FloorKeyFor(string method) => FloorKey.Of(SpecFor(method));

    /// <summary>The scenario at the current parameter values, size aside.</summary>
    protected abstract ForkScenario Spec();

    /// <summary>Builds the scenario of <paramref name="method"/> and primes its counts (unless a stop was requested: <see cref="ModelCancellation"/>).</summary>
    protected void SetUp(string method)
    {
        ModelCancellation.ThrowIfRequested();
        _scenario = SpecFor(method).Build();
        CountCache.Prime(this, method, _scenario);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _scenario?.Dispose();
        _scenario = null;
    }
}
