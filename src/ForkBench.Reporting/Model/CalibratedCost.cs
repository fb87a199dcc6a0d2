namespace ForkBench.Reporting.Model;

/// <summary>A fitted cost in ns per unit ("PTE read") with its 95% bootstrap interval.</summary>
public sealed record CalibratedCost(string Label, double Ns, double LowerNs, double UpperNs);
