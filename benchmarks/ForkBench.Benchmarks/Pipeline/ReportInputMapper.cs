using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;
using ForkBench.Native;
using ForkBench.Scenarios;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Output;
using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// A run document (and, when there is one, its comparison with a baseline)
/// as the report's input: header from the host, native latency series by
/// scenario and size, the model's headline table (variant x layout x pins at
/// 1 GiB) with its exact counts, the physical floor, and the comparison rows.
/// </summary>
public static class ReportInputMapper
{
    private const string LayoutCategory = "model/fork-layout/";
    private const string FloorId = "model/floor/floor-1gib/placement=contiguous/wrprotect=false";
    private static readonly IReadOnlyDictionary<string, string> NoParameters = new Dictionary<string, string>();

    public static ReportInput Map(RunDocument run, RunComparison? comparison, string? baselineLabel = null)
    {
        var host = run.Host;
        var header = new ReportHeader(host.KernelRelease, host.CpuModel, host.Cores, host.MemoryBytes,
            [new ThpSetting("enabled", host.TransparentHugePages.Enabled), new ThpSetting("defrag", host.TransparentHugePages.Defrag)],
            run.Run.ToolVersion)
        {
            Commit = run.Run.GitCommit,
            Virtualization = host.Virtualization,
            ModelVariant = KernelReleaseMatch.For(host.KernelRelease).Reason,
        };
        var latency = NativeSeries(run).ToList();
        return new ReportInput(header)
        {
            Notice = IncompleteNotice(run),
            Latency = latency,
            ChartScenarios = NativeScenarioLabels.Chart.Where(c => latency.Any(s => s.Name == c)).ToList(),
            Model = ModelResults(run).ToList(),
            FloorRatios = FloorRatios(run),
            PerWalks = PerWalks(run),
            Floor = run.Find(FloorId) is { Summary: { } floor }
                ? new PhysicalFloor(floor.Median.Estimate, "physical floor: PTE read+write, 2 locked incs")
                : null,
            Comparison = comparison is null ? [] : ComparisonRows(run, comparison),
            CountChanges = comparison is null ? [] : CountChanges(comparison),
            ComparisonRunsNote = comparison is null ? null : RunsNote(comparison),
            ComparisonChangesOnly = true,
            BaselineLabel = baselineLabel ?? comparison?.BaselineRun.Id ?? "baseline",
            CurrentLabel = run.Run.Id,
        };
    }

    /// <summary>What a reader must know before reading the figures of a partial run; null for a whole one.</summary>
    internal static string? IncompleteNotice(RunDocument run)
    {
        if (!run.IsPartial)
            return null;
        int unfinished = run.Measurements.Count(m => m.Incomplete);
        string reason = run.Run.IncompleteReason is { } why ? $"the run stopped early ({why})" : "the run did not finish every point";
        string points = unfinished > 0 ? $" {unfinished} measurement(s) stopped short of their samples." : "";
        return $"INCOMPLETE RUN: {reason}.{points} Figures below are what was measured; it is not fit to be a baseline.";
    }

    /// <summary>
    /// Fork latency per native scenario and size, from each measurement's
    /// parameters (spawn, scenario tail): CPU time, exit+reap and COW writes
    /// are measurements of their own and are left out here.
    /// </summary>
    private static IEnumerable<LatencySeries> NativeSeries(RunDocument run) =>
        run.Measurements
            .Where(m => m.Id.StartsWith("native/", StringComparison.Ordinal) && m.Summary is not null)
            .Where(m => m.Parameters.GetValueOrDefault(NativeMeasurementMapper.MetricParameter, "wall") == "wall")
            .Select(m => (Measurement: m, Spawn: m.Parameters.GetValueOrDefault("spawn", "fork"), Scenario: Scenario(m)))
            .Where(p => p.Scenario is not null)
            .GroupBy(p => (p.Spawn, p.Scenario!.TailWithoutSize))
            .Select(g => new LatencySeries(NativeScenarioLabels.For(g.Key.Spawn, g.Key.TailWithoutSize),
                [.. g.Select(p => Point(p.Scenario!.SizeBytes, p.Measurement)).OrderBy(p => p.SizeBytes)]));

    private static ProcessScenario? Scenario(Measurement m) => ComparisonLabels.Scenario(m.Parameters);

    private static LatencyPoint Point(long size, Measurement m)
    {
        var median = m.Summary!.Median;
        // Null bounds stay null: the writers mark a median without an
        // interval instead of showing it with a spread of zero.
        return new LatencyPoint(size, median.Estimate, median.Lower, median.Upper, m.Samples);
    }

    /// <summary>The headline table, one result per layout case.</summary>
    private static IEnumerable<VariantResult> ModelResults(RunDocument run) =>
        LayoutCases(run).Select(c => ToVariantResult(c.Measurement, c.Scenario));

    /// <summary>
    /// The model's fork-layout cases with their scenarios, in the headline
    /// table's order: groups in reading order (4 KiB then THP, unpinned then
    /// pinned) and variants in the order the kernel had them.
    /// </summary>
    internal static IEnumerable<(Measurement Measurement, ProcessScenario Scenario)> LayoutCases(RunDocument run) =>
        run.Measurements
            .Where(m => m.Id.StartsWith(LayoutCategory, StringComparison.Ordinal) && m.Summary is not null && m.Parameters.ContainsKey("variant"))
            .Select(m => (Measurement: m, Scenario: Scenario(m)))
            .Where(p => p.Scenario is not null)
            .Select(p => (p.Measurement, Scenario: p.Scenario!))
            .OrderBy(p => p.Scenario.Folio == FolioSize.Small ? 0 : 1)
            .ThenBy(p => p.Scenario.Pins.IsNone ? 0 : 1)
            .ThenBy(p => CopyVariant.FindById(p.Measurement.Parameters["variant"]) is { } v ? v.Order : int.MaxValue);

    private static VariantResult ToVariantResult(Measurement m, ProcessScenario scenario)
    {
        var median = m.Summary!.Median;
        return new VariantResult(GroupLabel(scenario), m.Parameters["variant"], median.Estimate, median.Lower, median.Upper)
        {
            Counts = m.Counts is { } c && c.TryGetValue("ptes", out long ptes)
                ? new ModelCounts(ptes, Get(c, "lockedRmws") + Get(c, "atomicReads"), Get(c, "pagesCopied"), Get(c, "lockCycles"))
                : null,
        };
    }

    /// <summary>The paired fork/floor ratios (<see cref="FloorRatioMeasurement"/>) in the order the run holds them.</summary>
    private static IReadOnlyList<FloorRatioRow> FloorRatios(RunDocument run) =>
        [.. run.Measurements
            .Where(m => m.Id.StartsWith(FloorRatioMeasurement.Family + "/", StringComparison.Ordinal) && m.Summary is not null)
            .Select(m => new FloorRatioRow(m.Parameters.GetValueOrDefault("variant", "?"), m.Parameters.GetValueOrDefault("scenario", "?"),
                m.Summary!.Median.Estimate, m.Summary.Median.Lower, m.Summary.Median.Upper, m.Samples.Count))];

    /// <summary>The native fork-per-walk figures, in the order the run holds them.</summary>
    private static IReadOnlyList<PerWalkRow> PerWalks(RunDocument run) =>
        [.. run.Measurements
            .Where(m => m.Parameters.GetValueOrDefault(NativeMeasurementMapper.MetricParameter) == NativeMeasurementMapper.PerWalkMetric && m.Summary is not null)
            .Select(m => (Measurement: m, Scenario: Scenario(m)))
            .Where(p => p.Scenario is not null)
            .Select(p => new PerWalkRow(NativeScenarioLabels.For(p.Measurement.Parameters.GetValueOrDefault("spawn", "fork"), p.Scenario!.TailWithoutSize),
                p.Scenario.SizeBytes, p.Measurement.Summary!.Median.Estimate, p.Measurement.Summary.Median.Lower, p.Measurement.Summary.Median.Upper,
                p.Measurement.Samples.Count))];

    /// <summary>"4K unpinned", "THP pinned", "64k every-64th": a model group's label in the tables.</summary>
    internal static string GroupLabel(ProcessScenario scenario)
    {
        string layout = scenario.Folio == FolioSize.Small ? "4K" : scenario.Folio == FolioSize.Thp ? "THP" : scenario.Folio.Token;
        string pins = scenario.PinToken switch { "none" => "unpinned", "all" => "pinned", var other => other };
        return $"{layout} {pins}";
    }

    private static long Get(IReadOnlyDictionary<string, long> counts, string name) => counts.TryGetValue(name, out long v) ? v : 0;

    /// <summary>
    /// How many runs the baseline pools and the median run limit of the ids
    /// compared on the relative scale: why a change of a few percent is
    /// Unknown here. A one-run baseline gets the warning's advice instead.
    /// </summary>
    internal static string RunsNote(RunComparison comparison)
    {
        double[] limits = [.. comparison.Measurements.Where(m => m.RunNoise is { IsRelative: true }).Select(m => m.RunNoise!.Limit)];
        if (limits.Length == 0)
            return "The baseline is one run, so how far unchanged runs move is unknown: a change may be run-to-run noise. Record a baseline from three runs (baseline update --from with three run files).";
        int runs = comparison.Measurements.Where(m => m.RunNoise is not null).Max(m => m.RunNoise!.BaselineRuns);
        double median = Results.Statistics.SampleQuantile.Median(limits);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The baseline pools {runs} runs. A change counts only beyond how far unchanged runs of the id move (its run limit, 99.9%): the median run limit here is +-{median * 100:0}%, so smaller changes are unknown.");
    }

    /// <summary>"id: name before -> after" for every exact count that differs ("absent" on a side that lacks it).</summary>
    internal static IReadOnlyList<string> CountChanges(RunComparison comparison) =>
        [.. comparison.Measurements.SelectMany(m => m.CountChanges.Select(c =>
            $"{m.Id}: {c.Name} {c.Baseline?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "absent"} -> {c.Current?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "absent"}"))];

    /// <summary>
    /// The rows with a ratio, each labelled from the current run's parameters
    /// for its id (a comparison keeps ids and figures, not parameters).
    /// </summary>
    private static List<ComparisonRow> ComparisonRows(RunDocument run, RunComparison comparison)
    {
        var compared = comparison.Measurements.Where(m => m.Ratio is not null).ToList();
        var labels = ComparisonLabels.For([.. compared.Select(m => (m.Id, run.Find(m.Id)?.Parameters ?? NoParameters))]);
        return [.. compared.Select((m, i) => new ComparisonRow(
            m.Id, labels[i], m.BaselineMedian, m.CurrentMedian, (m.CurrentMedian - m.BaselineMedian) / m.BaselineMedian * 100,
            m.RatioLower ?? m.Ratio!.Value, m.RatioUpper ?? m.Ratio!.Value, m.Verdict,
            m.Unit.Symbol ?? ""))];
    }
}
