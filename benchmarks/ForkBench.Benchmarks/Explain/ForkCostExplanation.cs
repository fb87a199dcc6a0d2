using ForkBench.Native.Processes;

namespace ForkBench.Benchmarks.Explain;

/// <summary>What a process's next fork() is predicted to cost, where the cost lies, and what would cut it.</summary>
/// <param name="Variant">Which model variant stands for the kernel, and why.</param>
/// <param name="Calibration">Which calibration priced it, and its held-out error.</param>
/// <param name="TotalNs">The sum of the priced VMAs: the page-table copy above a minimal process's fork.</param>
/// <param name="Costs">Every VMA with its price, most expensive first.</param>
/// <param name="Fixes">The changes that would cut the cost, largest saving first.</param>
/// <param name="Notes">What was assumed or could not be priced.</param>
public sealed record ForkCostExplanation(
    ProcessLayout Layout,
    string Variant,
    string Calibration,
    double TotalNs,
    bool Undetermined,
    IReadOnlyList<VmaCost> Costs,
    IReadOnlyList<ForkCostFix> Fixes,
    IReadOnlyList<string> Notes);
