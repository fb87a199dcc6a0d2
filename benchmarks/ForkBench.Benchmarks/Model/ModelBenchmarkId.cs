using System.Globalization;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The stable id of a model benchmark case:
/// <c>model/&lt;category&gt;/&lt;method&gt;/&lt;param&gt;=&lt;value&gt;...</c>,
/// e.g. <c>model/fork-pinned-share/Fork/variant=v5.8/pins=1in64</c>. The
/// category is the first one on the class (its concept); parameters follow
/// in BenchmarkDotNet's order, names in lower case. An id never changes
/// meaning: a changed scenario gets a new parameter value or method name.
/// </summary>
public static class ModelBenchmarkId
{
    public static string For(BenchmarkCase benchmarkCase) =>
        For(benchmarkCase.Descriptor.Type, benchmarkCase.Descriptor.WorkloadMethod.Name,
            benchmarkCase.Parameters.Items.Select(p => (p.Name, (object?)p.Value)));

    public static string For(Type type, string method, IEnumerable<(string Name, object? Value)> parameters)
    {
        var id = new StringBuilder("model/").Append(Category(type)).Append('/').Append(method);
        foreach (var (name, value) in parameters)
            id.Append('/').Append(name.ToLowerInvariant()).Append('=').Append(FormatValue(value));
        return id.ToString();
    }

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
