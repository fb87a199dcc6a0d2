using ForkBench.Native.Scenarios;

namespace ForkBench.Native.Sweep;

/// <summary>
/// The points of a sweep in run order: floors first, then scenario by
/// scenario, size by size; with --filter, the points whose ids it selects.
/// The fork floor always runs (every marginal cost is measured against it),
/// the vfork floor whenever a vfork point does.
/// </summary>
internal sealed class SweepPlan
{
    private SweepPlan(IReadOnlyList<SweepPoint> points) => Points = points;

    public IReadOnlyList<SweepPoint> Points { get; }

    public int Count => Points.Count;

    public static SweepPlan Create(NativeSweepOptions options)
    {
        var selected = options.Scenarios
            .SelectMany(scenario => options.SizesBytes.Select(size => new SweepPoint(scenario.Spawn, scenario, size)))
            .Where(point => Selected(options.Filters, point))
            .ToList();
        var points = new List<SweepPoint> { new(SpawnKind.Fork, null, 0) };
        var vforkFloor = new SweepPoint(SpawnKind.VforkClone, null, 0);
        if (selected.Any(p => p.Spawn == SpawnKind.VforkClone) || (options.Filters.Count > 0 && Selected(options.Filters, vforkFloor)))
            points.Add(vforkFloor);
        points.AddRange(selected);
        return new SweepPlan(points);
    }

    /// <summary>Whether any --filter selects anything at all: a scenario point or a floor.</summary>
    public static bool SelectsAnything(NativeSweepOptions options)
    {
        if (options.Filters.Count == 0)
            return options.Scenarios.Count > 0 && options.SizesBytes.Count > 0;
        return Create(options).Points.Any(p => Selected(options.Filters, p));
    }

    private static bool Selected(IReadOnlyList<string> filters, SweepPoint point) =>
        filters.Count == 0 || filters.Any(f => ScenarioCatalog.Selects(f, point.Scenario, point.Id));
}
