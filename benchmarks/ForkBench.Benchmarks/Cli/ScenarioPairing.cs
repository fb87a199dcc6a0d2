using ForkBench.Benchmarks.Model;
using ForkBench.Kernel.Scenarios;
using ForkBench.Native;
using ForkBench.Native.Scenarios;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Every scenario ForkBench measures, by its id tail, with the model ids and
/// the native ids that end in it: the pairing a calibration or an
/// explanation joins on, read from the measurements' own definitions (the
/// model suite's cases and the native catalogue), never from id text.
/// </summary>
public sealed record ScenarioPairing(string Tail, IReadOnlyList<string> ModelIds, IReadOnlyList<string> NativeIds, IReadOnlyList<string> ModelRefusals)
{
    public bool Paired => ModelIds.Count > 0 && NativeIds.Count > 0;

    /// <summary>The scenarios of the model preset and the native sweep's scenarios at <paramref name="nativeSizes"/>, by tail.</summary>
    public static IReadOnlyList<ScenarioPairing> Build(ModelPreset preset, IReadOnlyList<NativeScenario> native, IReadOnlyList<long> nativeSizes)
    {
        var model = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var refusals = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var benchmarkCase in ModelSuite.Cases(preset))
        {
            var (id, parameters) = ModelBenchmarkIdentity.For(benchmarkCase);
            if (parameters.GetValueOrDefault(LegacyIds.ScenarioParameter) is not { } tail)
                continue;
            GetOrAdd(model, tail).Add(id);
            var scenario = ModelBenchmarkId.Spec(benchmarkCase.Descriptor.Type, benchmarkCase.Descriptor.WorkloadMethod.Name,
                [.. benchmarkCase.Parameters.Items.Select(p => (p.Name, (object?)p.Value))]);
            if (scenario?.Refusal is { } refusal)
                GetOrAdd(refusals, tail).Add(refusal);
        }
        var nativeIds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (NativeScenario scenario in native)
        {
            foreach (long size in nativeSizes)
                GetOrAdd(nativeIds, scenario.At(size).Tail).Add(scenario.IdFor(size));
        }
        return [.. model.Keys.Union(nativeIds.Keys)
            .Order(StringComparer.Ordinal)
            .Select(tail => new ScenarioPairing(tail,
                model.GetValueOrDefault(tail) ?? [], nativeIds.GetValueOrDefault(tail) ?? [], refusals.GetValueOrDefault(tail) ?? []))];
    }

    private static List<string> GetOrAdd(Dictionary<string, List<string>> lists, string key) =>
        lists.TryGetValue(key, out var list) ? list : lists[key] = [];
}
