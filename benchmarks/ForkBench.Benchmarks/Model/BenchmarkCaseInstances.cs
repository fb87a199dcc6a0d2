using System.Reflection;
using BenchmarkDotNet.Running;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// A fresh instance of a case's benchmark class with the case's parameter
/// values set, as BenchmarkDotNet sets them before a run. Columns use it to
/// ask the class which scenario the case runs; no setup method is called.
/// </summary>
public static class BenchmarkCaseInstances
{
    public static object Create(BenchmarkCase benchmarkCase) =>
        Create(benchmarkCase.Descriptor.Type, benchmarkCase.Parameters.Items.Select(p => (p.Name, (object?)p.Value)));

    /// <summary>
    /// An instance of <paramref name="type"/> with its parameter members set;
    /// a value given as text (an imported report) is converted to the member's type.
    /// </summary>
    public static object Create(Type type, IEnumerable<(string Name, object? Value)> parameters)
    {
        object instance = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"cannot create {type}");
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        foreach (var (name, value) in parameters)
        {
            if (type.GetProperty(name, flags) is { } property)
                property.SetValue(instance, Converted(value, property.PropertyType));
            else if (type.GetField(name, flags) is { } field)
                field.SetValue(instance, Converted(value, field.FieldType));
            else
                throw new InvalidOperationException($"{type.Name} has no parameter member {name}");
        }
        return instance;
    }

    private static object? Converted(object? value, Type target) =>
        value is string text && target != typeof(string)
            ? Convert.ChangeType(text, target, System.Globalization.CultureInfo.InvariantCulture)
            : value;

    public static IModelBenchmark? AsModelBenchmark(BenchmarkCase benchmarkCase) =>
        typeof(IModelBenchmark).IsAssignableFrom(benchmarkCase.Descriptor.Type)
            ? (IModelBenchmark)Create(benchmarkCase)
            : null;
}
