namespace ForkBench.Kernel.Counting;

/// <summary>
/// Exact operation counts of one fork (or any counted operation). Struct page
/// lines are counted once each per <see cref="Reset"/>: a bitmap over the
/// memmap remembers which lines were already touched.
/// </summary>
public sealed class OperationCounts
{
    private readonly ulong[] _touched;

    public long LockedRmws { get; internal set; }
    public long AtomicReads { get; internal set; }
    public long StructPageLines { get; internal set; }
    public long PteReads { get; internal set; }

    /// <summary>The PTE reads that folio_pte_batch() made to compare an entry (a subset of <see cref="PteReads"/>).</summary>
    public long PteBatchCompares { get; internal set; }
    public long PteWrites { get; internal set; }
    public long PagesCopied { get; internal set; }
    public long SleepingAllocations { get; internal set; }
    public long AtomicAllocations { get; internal set; }
    public long FailedAllocations { get; internal set; }
    public long PageTableAllocations { get; internal set; }
    public long LockCycles { get; internal set; }
    public long BatchAttempts { get; internal set; }
    public long BatchFailures { get; internal set; }
    public long PmdSplits { get; internal set; }
    public long MemcgCharges { get; internal set; }
    public long FailedMemcgCharges { get; internal set; }

    public OperationCounts(long frameCount)
    {
        _touched = new ulong[(frameCount + 63) / 64];
    }

    internal void Touch(long pfn)
    {
        ref ulong word = ref _touched[pfn >> 6];
        ulong bit = 1UL << (int)(pfn & 63);
        if ((word & bit) == 0)
        {
            word |= bit;
            StructPageLines++;
        }
    }

    public void Reset()
    {
        Array.Clear(_touched);
        LockedRmws = AtomicReads = StructPageLines = PteReads = PteBatchCompares = PteWrites = PagesCopied = 0;
        SleepingAllocations = AtomicAllocations = FailedAllocations = PageTableAllocations = 0;
        LockCycles = BatchAttempts = BatchFailures = PmdSplits = MemcgCharges = FailedMemcgCharges = 0;
    }

    /// <summary>Every count by a stable name, for result documents and tables.</summary>
    public IReadOnlyDictionary<string, long> ToDictionary() => new Dictionary<string, long>
    {
        ["lockedRmws"] = LockedRmws,
        ["atomicReads"] = AtomicReads,
        ["structPageLines"] = StructPageLines,
        ["pteReads"] = PteReads,
        ["pteBatchCompares"] = PteBatchCompares,
        ["pteWrites"] = PteWrites,
        ["pagesCopied"] = PagesCopied,
        ["sleepingAllocations"] = SleepingAllocations,
        ["atomicAllocations"] = AtomicAllocations,
        ["failedAllocations"] = FailedAllocations,
        ["pageTableAllocations"] = PageTableAllocations,
        ["lockCycles"] = LockCycles,
        ["batchAttempts"] = BatchAttempts,
        ["batchFailures"] = BatchFailures,
        ["pmdSplits"] = PmdSplits,
        ["memcgCharges"] = MemcgCharges,
        ["failedMemcgCharges"] = FailedMemcgCharges,
    };
}
