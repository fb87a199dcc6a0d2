namespace ForkBench.Kernel.Counting;

/// <summary>
/// Receives every costed operation of the modelled kernel code. Code paths
/// take the counter as a generic struct parameter: with
/// <see cref="NoCounting"/> the JIT specialises every call away, so the timed
/// path is the same machine code as if counting did not exist.
/// </summary>
public interface IOperationCounter
{
    /// <summary>A locked read-modify-write (atomic inc/add/dec on a struct page, ptep_set_wrprotect, spin_lock).</summary>
    void LockedRmw();

    /// <summary>An atomic_read()/READ_ONCE of a counter (refcount, mapcount, pincount, has_pinned).</summary>
    void AtomicRead();

    /// <summary>A struct page (one 64-byte line) is touched.</summary>
    void TouchStructPage(long pfn);

    void PteRead(int count);

    /// <summary>
    /// An entry folio_pte_batch() compared with the one it expects (pfn and
    /// bits): counted in addition to its <see cref="PteRead"/>, because the
    /// scan does more per entry than the copy walk does (which for an empty
    /// entry only tests pte_none()), and a calibration prices the two apart.
    /// </summary>
    void PteBatchCompare();

    void PteWrite(int count);

    /// <summary>A 4 KiB page is copied for the child (copy_user_highpage()).</summary>
    void PageCopied();

    void Allocation(Memory.AllocationKind kind, bool failed);

    void PageTableAllocation();

    /// <summary>The PTE locks were dropped and retaken (the -EAGAIN cycle or a break-COW).</summary>
    void LockCycle();

    /// <summary>A batched PTE copy was attempted (6.9+); <paramref name="failed"/> when it backed out with -EAGAIN.</summary>
    void BatchAttempt(bool failed);

    void PmdSplit();

    void MemcgCharge(bool failed);
}
