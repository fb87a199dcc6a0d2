
namespace ForkBench.Kernel.Counting;

/// <summary>The exact counts of one run of a benchmark's operation, and the PTEs they are per.</summary>
public sealed record CountedRun(OperationCounts Counts, long Ptes)
{
    /// <summary>Locked RMWs plus atomic reads, per PTE.</summary>
    public double AtomicsPerPte => (double)(Counts.LockedRmws + Counts.AtomicReads) / Ptes;

    public double StructPageLinesPerPte => (double)Counts.StructPageLines / Ptes;
}
