using ForkBench.Native.Scenarios;

namespace ForkBench.Native.Sweep;

/// <summary>The points of a sweep in run order: floors first, then scenario by scenario, size by size.</summary>
internal sealed class SweepPlan
{
    private SweepPlan(IReadOnlyList<SweepPoint> points) => Points = points;

    public IReadOnlyList<SweepPoint> Points { get; }

    public int Count => Points.Count;

    public static SweepPlan Create(NativeSweepOptions options)
    {
        var points = new List<SweepPoint> { new(SpawnKind.Fork, null, 0) };
        if (options.Scenarios.Any(s => s.Spawn == SpawnKind.VforkClone))
            points.Add(new SweepPoint(SpawnKind.VforkClone, null, 0));
        foreach (NativeScenario scenario in options.Scenarios)
            points.AddRange(options.SizesBytes.Select(size => new SweepPoint(scenario.Spawn, scenario, size)));
        return new SweepPlan(points);
    }
}
