using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using ForkBench.Results.Importing;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The stable id of a model benchmark case, the same one the result
/// document gives it when BenchmarkDotNet's report is imported
/// (<see cref="BenchmarkIdMapper"/>): <c>model/&lt;category&gt;/&lt;method&gt;/&lt;param&gt;=&lt;value&gt;...</c>
/// in kebab case with parameters sorted by name, e.g.
/// <c>model/fork-layout/fork-1gib/layout=4k/pins=all/variant=v5.8</c>. The
/// category is the first one on the class (its concept). An id never changes
/// meaning: a changed scenario gets a new parameter value or method name.
/// </summary>
public static class ModelBenchmarkId
{
    public static string For(BenchmarkCase benchmarkCase) =>
        For(benchmarkCase.Descriptor.Type, benchmarkCase.Descriptor.WorkloadMethod.Name,
            benchmarkCase.Parameters.Items.Select(p => (p.Name, (object?)p.Value)));

    public static string For(Type type, string method, IEnumerable<(string Name, object? Value)> parameters) =>
        BenchmarkIdMapper.ToId(Category(type), method, parameters.Select(p => KeyValuePair.Create(p.Name, FormatValue(p.Value))));

    /// <summary>The concept category: the first category named on the class.</summary>
    public static string Category(Type type) =>
        type.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.FirstOrDefault()
        ?? throw new InvalidOperationException($"{type.Name} has no [BenchmarkCategory]");

    private static string FormatValue(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
