using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork;

/// <summary>
/// The state copy_page_range() carries down to copy_present_pte(): both mms
/// and VMAs, the two PTE tables being copied, the preallocated page, the rss
/// delta and the operation counter. A ref struct on the stack: no allocation.
/// </summary>
public ref struct CopyContext<TCounter> where TCounter : struct, IOperationCounter
{
    public PhysicalMemory Pm;
    public PageTablePool Pool;
    public MmStruct Src;
    public MmStruct Dst;

    /// <summary>
    /// The VMA being copied and its copy in the child, set once per VMA by
    /// dup_mmap(). Ref fields rather than an index into the mm's VMA array:
    /// the per-entry code reads the flags after every locked RMW (which the
    /// JIT must assume changed memory), and a ref is one load, an index
    /// three (the mm, its array, the bounds check) before the flags.
    /// </summary>
    public ref Vma SrcVma;
    public ref Vma DstVma;

    public Span<ulong> SrcPtes;
    public Span<ulong> DstPtes;

    /// <summary>The page copy_pte_range() allocated after an -EAGAIN (-1 = none).</summary>
    public long Prealloc;

    /// <summary>New anon pages get PG_anon_exclusive (5.19+).</summary>
    public bool AnonExclusiveEra;

    /// <summary>6.2+: rss counters are per-cpu; before, add_mm_rss_vec() does a locked add per non-zero counter.</summary>
    public bool PerCpuRss;

    /// <summary>The batching proposal: a folio whose batch failed is not batched again in this fork.</summary>
    public long NoBatchFolio;

    public long RssAnon;
    public long RssFile;
    public TCounter Counter;
}
