using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Validation;

namespace ForkBench.Calibration;

/// <summary>
/// How a calibration is made: the bootstrap's size and seed, the smallest
/// point the held-out error counts, and the processes every variant's cost
/// is predicted for (the report's table).
/// </summary>
public sealed record CalibrationOptions
{
    /// <summary>The report's processes: 4 KiB and THP, unpinned and pinned, at 1 GiB.</summary>
    public static IReadOnlyList<string> ReportTails { get; } =
        ["anon-4k/pin=none/rss=1gib", "anon-4k/pin=all/rss=1gib", "anon-thp/pin=none/rss=1gib", "anon-thp/pin=all/rss=1gib"];

    /// <summary>Processes whose cost is predicted under every variant and kept with the calibration.</summary>
    public IReadOnlyList<string> PredictionTails { get; init; } = ReportTails;

    public int BootstrapResamples { get; init; } = BootstrapCostIntervals.DefaultResamples;

    public int BootstrapSeed { get; init; } = BootstrapCostIntervals.DefaultSeed;

    /// <summary>Held-out errors are summarised over points measured at least this long (1 ms).</summary>
    public double HeldOutMinimumNs { get; init; } = HeldOutValidator.DefaultMinimumNs;
}
