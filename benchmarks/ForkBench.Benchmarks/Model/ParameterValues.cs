using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The parameter members of a benchmark instance and their current values,
/// in the order BenchmarkDotNet lists a case's parameters ([Params] members
/// first, then [ParamsSource], then [ParamsAllValues], each in declaration
/// order), so that an instance and its BenchmarkCase give the same id.
/// </summary>
public static class ParameterValues
{
    public static IEnumerable<(string Name, object? Value)> Of(object benchmark)
    {
        var properties = benchmark.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken).ToList();
        return Attributed<ParamsAttribute>(properties)
            .Concat(Attributed<ParamsSourceAttribute>(properties))
            .Concat(Attributed<ParamsAllValuesAttribute>(properties))
            .Select(p => (p.Name, p.GetValue(benchmark)))
            .ToList();
    }

    private static IEnumerable<PropertyInfo> Attributed<TAttribute>(IEnumerable<PropertyInfo> properties) where TAttribute : Attribute =>
        properties.Where(p => p.GetCustomAttribute<TAttribute>() is not null);

    /// <summary>A parameter value as ids and documents spell it (invariant; bools "true"/"false").</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
