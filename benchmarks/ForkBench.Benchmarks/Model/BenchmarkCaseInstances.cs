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
    public static object Create(BenchmarkCase benchmarkCase)
    {
        Type type = benchmarkCase.Descriptor.Type;
        object instance = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"cannot create {type}");
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
            if (type.GetProperty(parameter.Name, flags) is { } property)
                property.SetValue(instance, parameter.Value);
            else if (type.GetField(parameter.Name, flags) is { } field)
                field.SetValue(instance, parameter.Value);
            else
                throw new InvalidOperationException($"{type.Name} has no parameter member {parameter.Name}");
        }
        return instance;
    }

    /// <summary>The case as an <see cref="IModelBenchmark"/>, or null when its class is not one.</summary>
    public static IModelBenchmark? AsModelBenchmark(BenchmarkCase benchmarkCase) =>
        typeof(IModelBenchmark).IsAssignableFrom(benchmarkCase.Descriptor.Type)
            ? (IModelBenchmark)Create(benchmarkCase)
            : null;
}
