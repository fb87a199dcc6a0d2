namespace ForkBench.Reporting.Study;

/// <summary>The fitted cost of one PTE read (by the copy walk, or by folio_pte_batch()'s compare) on this host, with its bootstrap 95% interval.</summary>
public sealed record PteReadCost(double CostNs, double LowerNs, double UpperNs);
