using ForkBench.Native;
using ForkBench.Native.Host;
using ForkBench.Native.Scenarios;

namespace ForkBench.Benchmarks.Explain;

/// <summary>
/// Checks an explanation by measurement without touching the target: each
/// mapping that carries at least <see cref="ForkCostExplainer.FixShare"/>
/// of the predicted cost is reproduced alone by the native engine (its
/// scenario at its size: a buffer of that kind, folio size and pinned
/// share in a helper process image, forked through the engine's stub), and
/// the marginal costs are added up. The mappings are measured apart, so a
/// cost that only their sum has (one larger page-table walk) is not in it.
/// </summary>
public static class LayoutReproducer
{
    public static LayoutMeasurement Measure(ForkCostExplanation explanation, Action<string> progress, CancellationToken cancel)
    {
        var parts = new List<(string, double, double?, string?)>();
        double? floor = null;
        foreach (VmaCost cost in explanation.Costs.Where(c => c.PredictedNs is { } ns && ns >= ForkCostExplainer.FixShare * explanation.TotalNs && c.Vma.Match.Scenario is not null))
        {
            if (cancel.IsCancellationRequested)
                break;
            var scenario = new NativeScenario(SpawnKind.Fork, cost.Vma.Match.Scenario!);
            long size = scenario.Process.SizeBytes;
            NativeSweepOptions options = NativeSweepOptions.Quick with { SizesBytes = [size], Scenarios = [scenario], Filters = [] };
            if (NativeSweep.Preflight(options, MemInfoParser.Parse(File.ReadAllText("/proc/meminfo"))) is { } refusal)
            {
                parts.Add((cost.Tail!, cost.PredictedNs!.Value, null, refusal));
                continue;
            }
            progress($"measuring {cost.Tail} alone");
            NativeSweepResult result = new NativeSweep(options).Run(cancel);
            floor ??= result.Floors.FirstOrDefault(f => f.Id == "native/fork/floor")?.Summary?.Median.Estimate;
            NativeMeasurement? point = result.Measurements.SingleOrDefault();
            parts.Add((cost.Tail!, cost.PredictedNs!.Value, point?.MarginalMedianNs, point is null ? "not run" : point.SkipReason));
        }
        return new LayoutMeasurement(parts, floor);
    }
}
