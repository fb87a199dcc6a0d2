using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Output;

/// <summary>
/// Everything a standard report can show; each part is optional except the
/// header, and a missing part leaves its section and plot out.
/// </summary>
public sealed record ReportInput(ReportHeader Header)
{
    /// <summary>A warning printed at the top, before any figure (e.g. an interrupted run); null for none.</summary>
    public string? Notice { get; init; }

    /// <summary>Native fork() latency per scenario.</summary>
    public IReadOnlyList<LatencySeries> Latency { get; init; } = [];

    /// <summary>
    /// Scenarios drawn in the ASCII chart (it has room for eight) and the
    /// latency plots; null draws them all. The text table lists every scenario.
    /// </summary>
    public IReadOnlyList<string>? ChartScenarios { get; init; }

    /// <summary>RSS whose samples the distribution plot shows; null picks the size most scenarios have.</summary>
    public long? DistributionSizeBytes { get; init; }

    public IReadOnlyList<VariantResult> Model { get; init; } = [];

    public PhysicalFloor? Floor { get; init; }

    /// <summary>Model forks over the floor, paired in rounds within the run; empty leaves the section out.</summary>
    public IReadOnlyList<FloorRatioRow> FloorRatios { get; init; } = [];

    /// <summary>The native points' cost per pagemap walk, paired in rounds (native/fork-per-walk ids).</summary>
    public IReadOnlyList<PerWalkRow> PerWalks { get; init; } = [];

    public IReadOnlyList<ComparisonRow> Comparison { get; init; } = [];

    /// <summary>List (and plot) only the ids whose verdict is not Same; the summary still counts them all.</summary>
    public bool ComparisonChangesOnly { get; init; }

    /// <summary>
    /// What the baseline's runs let the comparison see (how many runs it
    /// pools, how far unchanged runs move), printed under the comparison's
    /// summary; null prints nothing.
    /// </summary>
    public string? ComparisonRunsNote { get; init; }

    /// <summary>
    /// The model's exact counts that differ from the baseline, one line each
    /// ("label: name before -> after"): certain changes, listed apart from
    /// the timing verdicts.
    /// </summary>
    public IReadOnlyList<string> CountChanges { get; init; } = [];

    /// <summary>The model's counts of this run priced with this host's calibration; null leaves the section out.</summary>
    public CalibrationSummary? Calibration { get; init; }

    /// <summary>
    /// Lines printed in place of the calibration section when there is none
    /// (the commands that make one, each on lines of its own so that it
    /// pastes whole); empty for nothing.
    /// </summary>
    public IReadOnlyList<string> CalibrationAbsentNote { get; init; } = [];

    public string BaselineLabel { get; init; } = "baseline";

    public string CurrentLabel { get; init; } = "current";
}
