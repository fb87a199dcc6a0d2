using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using ForkBench.Native.Scenarios;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Selects model benchmark cases by their ForkBench id
/// (<c>model/floor/floor-64mib/*</c>), the id printed in the benchmark table
/// and stored in run documents, or by a BenchmarkDotNet-style glob over
/// "Namespace.Type.Method". Case is ignored.
/// </summary>
public sealed class ModelIdFilter(IReadOnlyList<string> globs) : IFilter
{
    public bool Predicate(BenchmarkCase benchmarkCase)
    {
        string id = ModelBenchmarkId.For(benchmarkCase);
        string name = $"{benchmarkCase.Descriptor.Type.FullName}.{benchmarkCase.Descriptor.WorkloadMethod.Name}";
        return globs.Any(g => ScenarioCatalog.GlobMatch(g, id) || ScenarioCatalog.GlobMatch(g, name));
    }
}
