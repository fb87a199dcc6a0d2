namespace ForkBench.Reporting.Study;

/// <summary>The fitted cost of one PTE read on this host, with its bootstrap 95% interval.</summary>
public sealed record PteReadCost(double CostNs, double LowerNs, double UpperNs);
