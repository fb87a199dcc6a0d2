using ForkBench.Kernel.Scenarios;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using ForkBench.Results.Importing;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The stable id of a model benchmark case, the same in the benchmark table,
/// the run document and an imported BenchmarkDotNet report. A case that
/// forks a process ends in that process's scenario tail, the tail native
/// mode gives the same process:
/// <c>model/&lt;category&gt;/&lt;variant&gt;[/frames=scattered]/&lt;tail&gt;</c>, e.g.
/// <c>model/fork-layout/v5.8/anon-4k/pin=all/rss=1gib</c> beside
/// <c>native/fork/anon-4k/pin=all/rss=1gib</c>. Other cases (the physical
/// floor) keep the generic mapping of <see cref="BenchmarkIdMapper"/>:
/// <c>model/&lt;category&gt;/&lt;method&gt;/&lt;param&gt;=&lt;value&gt;...</c>. The category is the
/// first one on the class (its concept). An id never changes meaning.
/// </summary>
public static class ModelBenchmarkId
{
    public static string For(BenchmarkCase benchmarkCase) =>
        For(benchmarkCase.Descriptor.Type, benchmarkCase.Descriptor.WorkloadMethod.Name,
            benchmarkCase.Parameters.Items.Select(p => (p.Name, (object?)p.Value)));

    public static string For(Type type, string method, IEnumerable<(string Name, object? Value)> parameters)
    {
        var values = parameters.ToList();
        if (Spec(type, method, values) is { } spec)
            return ForScenario(Category(type), spec);
        return BenchmarkIdMapper.ToId(Category(type), method, values.Select(p => KeyValuePair.Create(p.Name, ParameterValues.Text(p.Value))));
    }

    /// <summary><c>model/&lt;category&gt;/&lt;variant&gt;[/frames=scattered]/&lt;tail&gt;</c>.</summary>
    public static string ForScenario(string category, ForkScenario spec) =>
        $"{BenchmarkIdMapper.Prefix}/{category}/{spec.Variant.Id}"
        + (spec.PlacementToken is { } frames ? $"/{frames}" : "")
        + $"/{spec.Process.Tail}";

    /// <summary>The scenario a case of <paramref name="type"/> forks, or null when it forks none.</summary>
    public static ForkScenario? Spec(Type type, string method, IEnumerable<(string Name, object? Value)> parameters)
    {
        if (!typeof(ScenarioBenchmark).IsAssignableFrom(type) || type.IsAbstract)
            return null;
        return ((ScenarioBenchmark)BenchmarkCaseInstances.Create(type, parameters)).NominalSpecFor(method);
    }

    /// <summary>The concept category: the first category named on the class.</summary>
    public static string Category(Type type) =>
        type.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.FirstOrDefault()
        ?? throw new InvalidOperationException($"{type.Name} has no [BenchmarkCategory]");
}
