using BenchmarkDotNet.Running;
using ForkBench.Results.Documents;
using ForkBench.Results.Importing;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The id and parameters a model benchmark case's measurement carries, the
/// same whether it comes from BenchmarkDotNet's in-memory summary (the
/// default run) or from its JSON report (<c>import</c>): the benchmark's
/// parameters kebab-cased, and for a case that forks a process its scenario
/// tail ("scenario") and copy variant ("variant"), so programs pair model
/// and native measurements and reports group them by parameters.
/// </summary>
public static class ModelBenchmarkIdentity
{
    public static BenchmarkIdentity For(BenchmarkCase benchmarkCase) =>
        For(benchmarkCase.Descriptor.Type, benchmarkCase.Descriptor.WorkloadMethod.Name,
            [.. benchmarkCase.Parameters.Items.Select(p => (p.Name, (object?)p.Value))]);

    public static BenchmarkIdentity For(Type type, string method, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var text = parameters.Select(p => KeyValuePair.Create(p.Name, ParameterValues.Text(p.Value))).ToList();
        var values = BenchmarkIdMapper.NormalizeParameters(text).ToDictionary(p => p.Key, p => p.Value.ToLowerInvariant(), StringComparer.Ordinal);
        if (ModelBenchmarkId.Spec(type, method, parameters) is { } spec)
        {
            values[LegacyIds.ScenarioParameter] = spec.Process.Tail;
            values["variant"] = spec.Variant.Id;
            return new BenchmarkIdentity(ModelBenchmarkId.ForScenario(ModelBenchmarkId.Category(type), spec), values);
        }
        // Cases without a process (the physical floor) still say their size, for labels and readers.
        if (SizeParam.TryFromMethodName(method) is { } bytes)
            values["rssBytes"] = bytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new BenchmarkIdentity(ModelBenchmarkId.For(type, method, parameters), values);
    }

    /// <summary>A case of an imported report: ours when its type is in this assembly, else null (the generic mapping).</summary>
    public static BenchmarkIdentity? ForImported(ImportedCase benchmark)
    {
        // BenchmarkDotNet writes nested types with '.', reflection names them with '+'.
        Type? type = typeof(ModelBenchmarkIdentity).Assembly.GetType(benchmark.TypeFullName)
            ?? typeof(ModelBenchmarkIdentity).Assembly.GetTypes().FirstOrDefault(t => t.FullName?.Replace('+', '.') == benchmark.TypeFullName);
        if (type is null || type.GetMethod(benchmark.Method) is null)
            return null;
        return For(type, benchmark.Method, [.. benchmark.Parameters.Select(p => (p.Key, (object?)p.Value))]);
    }
}
