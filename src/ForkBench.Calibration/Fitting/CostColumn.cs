namespace ForkBench.Calibration.Fitting;

/// <summary>
/// One priced operation: a column of the fit, read from a model run's exact
/// counts (the names of <c>OperationCounts.ToDictionary()</c>). The set is
/// what fork()'s page-table copy spends its time on: PTE reads and writes
/// (paravirtualised accessors on a VM), locked RMWs and struct page cache
/// lines (refcount, mapcount), the 4 KiB data copy, the lock drop and retake
/// around -EAGAIN, page allocations (with their memcg charge), page-table
/// allocations and PMD splits.
/// </summary>
/// <param name="Key">Stable name in the calibration file.</param>
/// <param name="Label">What one unit is, for tables.</param>
/// <param name="CountNames">The counts that add up to the column.</param>
/// <param name="SubtractedNames">Counts taken off the sum: a subset of it that is a column of its own.</param>
public sealed record CostColumn(string Key, string Label, IReadOnlyList<string> CountNames, IReadOnlyList<string>? SubtractedNames = null)
{
    /// <summary>
    /// A PTE read by the copy walk (or an exit's zap): for an empty entry
    /// only its pte_none() test. The reads folio_pte_batch() makes are
    /// <see cref="PteBatchCompares"/>: on a host where the two cost
    /// differently, one price for both fits neither a sparse mapping nor a
    /// pinned large folio's re-scans.
    /// </summary>
    public static CostColumn PteReads { get; } = new("pte-reads", "PTE read", ["pteReads"], ["pteBatchCompares"]);

    /// <summary>An entry compared by folio_pte_batch() (read, pfn and bits checked against the expected entry).</summary>
    public static CostColumn PteBatchCompares { get; } = new("pte-batch-compares", "PTE batch compare", ["pteBatchCompares"]);
    public static CostColumn PteWrites { get; } = new("pte-writes", "PTE write", ["pteWrites"]);
    public static CostColumn LockedRmws { get; } = new("locked-rmws", "locked RMW", ["lockedRmws"]);
    public static CostColumn StructPageLines { get; } = new("struct-page-lines", "struct page line", ["structPageLines"]);
    public static CostColumn PagesCopied { get; } = new("pages-copied", "page copied (4 KiB)", ["pagesCopied"]);
    public static CostColumn LockCycles { get; } = new("lock-cycles", "lock drop+retake", ["lockCycles"]);

    /// <summary>Sleeping (GFP_KERNEL, preallocated outside the locks) and atomic (GFP_ATOMIC) page allocations.</summary>
    public static CostColumn Allocations { get; } = new("allocations", "page allocation", ["sleepingAllocations", "atomicAllocations"]);

    public static CostColumn PageTableAllocations { get; } = new("page-table-allocations", "page-table alloc", ["pageTableAllocations"]);
    public static CostColumn PmdSplits { get; } = new("pmd-splits", "PMD split", ["pmdSplits"]);

    /// <summary>Every column, in the order of the fit's feature vectors.</summary>
    public static IReadOnlyList<CostColumn> All { get; } =
        [PteReads, PteBatchCompares, PteWrites, LockedRmws, StructPageLines, PagesCopied, LockCycles, Allocations, PageTableAllocations, PmdSplits];

    /// <summary>The column's value in a run's counts (a missing count is zero).</summary>
    public double Of(IReadOnlyDictionary<string, long> counts) =>
        CountNames.Sum(name => (double)counts.GetValueOrDefault(name)) - (SubtractedNames ?? []).Sum(name => (double)counts.GetValueOrDefault(name));

    /// <summary>The feature vector of a run's counts, one entry per column of <see cref="All"/>.</summary>
    public static double[] Features(IReadOnlyDictionary<string, long> counts) => [.. All.Select(c => c.Of(counts))];

    public static CostColumn? FindByKey(string key) => All.FirstOrDefault(c => c.Key == key);
}
