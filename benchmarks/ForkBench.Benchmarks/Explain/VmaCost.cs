using ForkBench.Native.Processes;

namespace ForkBench.Benchmarks.Explain;

/// <summary>
/// One VMA's predicted share of a fork: its scenario's exact counts under
/// the kernel's variant, priced with the host's calibration; or why it has
/// no price (no scenario, or the model cannot build it).
/// </summary>
/// <param name="Tail">The scenario the VMA was priced as; null when it has none.</param>
/// <param name="PredictedNs">The predicted cost in ns; null when there is none.</param>
/// <param name="Undetermined">The price depends on costs the calibration could not separate.</param>
/// <param name="Why">Why there is no price, or what was approximated; null when nothing needs saying.</param>
public sealed record VmaCost(VmaLayout Vma, string? Tail, double? PredictedNs, bool Undetermined, string? Why);
