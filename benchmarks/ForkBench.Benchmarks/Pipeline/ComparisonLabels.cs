using System.Globalization;
using ForkBench.Native;
using ForkBench.Reporting.Formatting;
using ForkBench.Results.Documents;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// Short labels for comparison rows, made from each measurement's
/// parameters, never from its id text: native "4 KiB pinned 1 GiB" (with
/// " cpu", " exit+reap" or " COW writes" for the other metrics), model
/// "v5.8 4K pinned 1 GiB". The labels of one comparison are made together,
/// because the model's category ("fork-layout", "exit") is added only where
/// it is needed to tell rows apart, and any labels still alike gain the
/// parameters that differ. Measurements with neither shape (BenchmarkDotNet
/// ids without a scenario) keep their id without the engine prefix.
/// </summary>
public static class ComparisonLabels
{
    private const string ForkCategoryPrefix = "fork";

    /// <summary>Parameters a label already says, or that every model row carries.</summary>
    private static readonly HashSet<string> Described = new(StringComparer.Ordinal)
    {
        "spawn", "scenario", NativeMeasurementMapper.MetricParameter, "variant", "memory", "pin", "pins", "layout", "mapping",
        "rssBytes", "pinnedBytes", "folioBytes", "mmHasPinned", "floorMedianNs", "marginalMedianNs", "firstForkNs", "hugePageCoverage",
    };

    /// <summary>One label per measurement, in the order given.</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<(string Id, IReadOnlyDictionary<string, string> Parameters)> measurements)
    {
        var labels = measurements.Select(m => Base(m.Id, m.Parameters)).ToArray();
        AddCategories(measurements, labels);
        AddDifferingParameters(measurements, labels);
        return labels;
    }

    /// <summary>The label of one measurement on its own, before anything is added to tell it from others.</summary>
    internal static string Base(string id, IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.TryGetValue("spawn", out string? spawn))
            return Native(id, spawn, parameters);
        if (parameters.TryGetValue("variant", out string? variant) && Scenario(parameters) is { } scenario)
            return $"{variant} {ModelScenario(scenario)} {SizeFormat.Format(scenario.SizeBytes)}";
        // The model's physical floor: size, frame placement, and whether the PTE write-protect is in the loop.
        if (parameters.TryGetValue("placement", out string? placement) && parameters.TryGetValue("wrprotect", out string? wrprotect)
            && long.TryParse(parameters.GetValueOrDefault("rssBytes"), NumberStyles.None, CultureInfo.InvariantCulture, out long floorBytes))
            return $"floor {SizeFormat.Format(floorBytes)} {placement}{(wrprotect == "true" ? " wrprotect" : "")}";
        return Compact(id);
    }

    private static string Native(string id, string spawn, IReadOnlyDictionary<string, string> parameters)
    {
        string metric = MetricSuffix(parameters.GetValueOrDefault(NativeMeasurementMapper.MetricParameter, "wall"));
        if (Scenario(parameters) is { } scenario)
            return $"{NativeScenarioLabels.For(spawn, scenario.TailWithoutSize)} {SizeFormat.Format(scenario.SizeBytes)}{metric}";
        // The no-buffer floor: a fork of a process with no buffer mapped.
        if (parameters.GetValueOrDefault("rssBytes") == "0")
            return $"{spawn} floor{metric}";
        return Compact(id);
    }

    private static string MetricSuffix(string metric) => metric switch
    {
        "wall" => "",
        "marginal" => " over floor",
        "cpu" => " cpu",
        "exit-reap" => " exit+reap",
        "cow-write" => " COW writes",
        NativeMeasurementMapper.PerWalkMetric => " per walk",
        var other => " " + other,
    };

    /// <summary>"4K pinned", "THP unpinned", "MAP_SHARED 1/64 pinned", as the model table names its groups.</summary>
    internal static string ModelScenario(ProcessScenario scenario)
    {
        string memory = scenario.Mapping switch
        {
            MappingKind.AnonPrivate when scenario.Folio == FolioSize.Small => "4K",
            MappingKind.AnonPrivate when scenario.Folio == FolioSize.Thp => "THP",
            MappingKind.AnonPrivate => scenario.Folio.Token,
            MappingKind.AnonShared => "MAP_SHARED",
            MappingKind.FilePrivate => "file private",
            _ => "file shared",
        } + scenario.Advice switch
        {
            ForkAdvice.DontFork => " + DONTFORK",
            ForkAdvice.WipeOnFork => " + WIPEONFORK",
            _ => "",
        };
        string refs = scenario.FalsePositives.IsNone ? "" : " refs " + scenario.FalsePositives.Token;
        return $"{memory} {Pins(scenario)}{refs}";
    }

    private static string Pins(ProcessScenario scenario)
    {
        if (scenario.Pins.IsNone)
            return "unpinned";
        if (scenario.UnpinBeforeFork)
            return "sticky";
        var pins = scenario.Pins;
        return pins.Divisor switch
        {
            1 => "pinned",
            2 when pins.Placement == PinPlacement.First => "half pinned",
            _ when pins.Placement == PinPlacement.First => string.Create(CultureInfo.InvariantCulture, $"1/{pins.Divisor} pinned"),
            _ => string.Create(CultureInfo.InvariantCulture, $"every {pins.Divisor}th pinned"),
        };
    }

    /// <summary>The scenario a measurement's parameters name; null when none is named or it cannot be read.</summary>
    internal static ProcessScenario? Scenario(IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.GetValueOrDefault(LegacyIds.ScenarioParameter) is not { } tail)
            return null;
        try
        {
            return ProcessScenario.ParseTail(tail);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>An id without its engine ("native/", "model/"): the part that names the measurement.</summary>
    private static string Compact(string id)
    {
        int slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < id.Length - 1 ? id[(slash + 1)..] : id;
    }

    /// <summary>
    /// The model's category is the id's second component ("fork-layout",
    /// "exit"), the one thing about a model measurement no parameter carries.
    /// Rows that do not time a fork always name it (an exit is not a fork);
    /// fork rows name it only where two categories would share a label.
    /// </summary>
    private static void AddCategories(IReadOnlyList<(string Id, IReadOnlyDictionary<string, string> Parameters)> measurements, string[] labels)
    {
        var categories = measurements.Select(m => ModelCategory(m.Id, m.Parameters)).ToArray();
        var shared = Enumerable.Range(0, labels.Length)
            .Where(i => categories[i] is not null)
            .GroupBy(i => labels[i], StringComparer.Ordinal)
            .Where(g => g.Select(i => categories[i]).Distinct(StringComparer.Ordinal).Count() > 1)
            .SelectMany(g => g)
            .ToHashSet();
        for (int i = 0; i < labels.Length; i++)
        {
            if (categories[i] is { } category && (shared.Contains(i) || !category.StartsWith(ForkCategoryPrefix, StringComparison.Ordinal)))
                labels[i] = category + " " + labels[i];
        }
    }

    private static string? ModelCategory(string id, IReadOnlyDictionary<string, string> parameters)
    {
        if (!parameters.ContainsKey("variant") || Scenario(parameters) is null)
            return null;
        string[] parts = id.Split('/');
        return parts.Length > 2 ? parts[1] : null;
    }

    /// <summary>Labels still alike gain the parameters whose values differ between them ("placement=scattered").</summary>
    private static void AddDifferingParameters(IReadOnlyList<(string Id, IReadOnlyDictionary<string, string> Parameters)> measurements, string[] labels)
    {
        foreach (var group in Enumerable.Range(0, labels.Length).GroupBy(i => labels[i], StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            var names = group.SelectMany(i => measurements[i].Parameters.Keys)
                .Where(name => !Described.Contains(name))
                .Distinct(StringComparer.Ordinal)
                .Where(name => group.Select(i => measurements[i].Parameters.GetValueOrDefault(name, "")).Distinct(StringComparer.Ordinal).Count() > 1)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (int i in group)
            {
                var extra = names.Select(name => $"{name}={measurements[i].Parameters.GetValueOrDefault(name, "-")}");
                labels[i] = string.Join(' ', [labels[i], .. extra]);
            }
        }
    }
}
