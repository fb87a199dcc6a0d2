using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Finds a benchmark's [BenchmarkCategory] in this assembly (method first,
/// then its class), because BenchmarkDotNet's JSON report does not record
/// categories. A benchmark not found here gets null (the importer then
/// falls back to the type name).
/// </summary>
public static class BenchmarkCategoryLookup
{
    public static string? Find(string typeFullName, string method) => Find(typeof(BenchmarkCategoryLookup).Assembly, typeFullName, method);

    public static string? Find(Assembly assembly, string typeFullName, string method)
    {
        // BenchmarkDotNet writes nested types with '.', reflection names them with '+'.
        Type? type = assembly.GetType(typeFullName) ?? assembly.GetTypes().FirstOrDefault(t => t.FullName?.Replace('+', '.') == typeFullName);
        if (type is null)
            return null;
        MethodInfo? benchmark = type.GetMethod(method, BindingFlags.Public | BindingFlags.Instance);
        return First(benchmark?.GetCustomAttribute<BenchmarkCategoryAttribute>()) ?? First(type.GetCustomAttribute<BenchmarkCategoryAttribute>(inherit: true));
    }

    private static string? First(BenchmarkCategoryAttribute? attribute) =>
        attribute?.Categories.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
}
