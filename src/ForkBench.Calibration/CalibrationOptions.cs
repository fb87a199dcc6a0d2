using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Validation;

namespace ForkBench.Calibration;

/// <summary>How a calibration is made: the bootstrap's size and seed, and the smallest point the held-out error counts.</summary>
public sealed record CalibrationOptions
{
    public int BootstrapResamples { get; init; } = BootstrapCostIntervals.DefaultResamples;

    public int BootstrapSeed { get; init; } = BootstrapCostIntervals.DefaultSeed;

    /// <summary>Held-out errors are summarised over points measured at least this long (1 ms).</summary>
    public double HeldOutMinimumNs { get; init; } = HeldOutValidator.DefaultMinimumNs;
}
