using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.Counting;

/// <summary>The counter of a counting run: every operation lands in <see cref="Counts"/>.</summary>
public struct CountingCounter(OperationCounts counts) : IOperationCounter
{
    public readonly OperationCounts Counts = counts;

    public readonly void LockedRmw() => Counts.LockedRmws++;
    public readonly void AtomicRead() => Counts.AtomicReads++;
    public readonly void TouchStructPage(long pfn) => Counts.Touch(pfn);
    public readonly void PteRead(int count) => Counts.PteReads += count;
    public readonly void PteBatchCompare() => Counts.PteBatchCompares++;
    public readonly void PteWrite(int count) => Counts.PteWrites += count;
    public readonly void PageCopied() => Counts.PagesCopied++;

    public readonly void Allocation(AllocationKind kind, bool failed)
    {
        if (failed)
            Counts.FailedAllocations++;
        else if (kind == AllocationKind.Atomic)
            Counts.AtomicAllocations++;
        else
            Counts.SleepingAllocations++;
    }

    public readonly void PageTableAllocation() => Counts.PageTableAllocations++;
    public readonly void LockCycle() => Counts.LockCycles++;

    public readonly void BatchAttempt(bool failed)
    {
        Counts.BatchAttempts++;
        if (failed)
            Counts.BatchFailures++;
    }

    public readonly void PmdSplit() => Counts.PmdSplits++;

    public readonly void MemcgCharge(bool failed)
    {
        Counts.MemcgCharges++;
        if (failed)
            Counts.FailedMemcgCharges++;
    }
}
