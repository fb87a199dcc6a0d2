using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Fork.Variants;
using ForkBench.Kernel.Gup;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Fork;

/// <summary>
/// The catalogue of copy variants: the one place a variant is registered.
/// Each entry gives its id, the kernel release whose mm it runs in (which
/// decides the era's rmap counters, rss counters and folio sizes), what it
/// models, its write-fault rule, whether it fixes the pinned-page COW bug,
/// and its copy struct, through which <see cref="Machine.Fork"/> dispatches.
/// A new variant is its entry here (and in <see cref="All"/>), its copy
/// struct under Fork/Variants and its README row. Lookups are by id.
/// </summary>
public abstract record CopyVariant(string Id, string Title, Version Kernel, string Models, WriteReuseRule ReuseRule, bool FixesPinnedCow)
{
    private static readonly Version AnonMthpSince = new(6, 8);
    private static readonly Version LargeMapcountSince = new(6, 11);
    private static readonly Version PerCpuRssSince = new(6, 2);

    /// <summary>v5.8 copy_one_pte(): no pin check.</summary>
    public static CopyVariant V5_8 { get; } = new CopyVariant<V58Copy>("v5.8", "v5.8: no pin check", new(5, 8),
        "copy_one_pte(): no pin check; a pinned page becomes COW-shared (the bug)", WriteReuseRule.MapcountIsOne, false);

    /// <summary>Peter Xu v1 (2020-09-21): int has_pinned gate, break COW after the reference.</summary>
    public static CopyVariant PeterXuV1 { get; } = new CopyVariant<PeterXuV1Copy>("peterx-v1", "Peter Xu v1: has_pinned, break COW", new(5, 9),
        "Peter Xu v1: int has_pinned gate, break COW after taking the reference", WriteReuseRule.RefcountIsOne, true);

    /// <summary>Linus's copy_normal_page() (2020-09-25): no gate, GFP_ATOMIC inside the locks.</summary>
    public static CopyVariant LinusCopyNormalPage { get; } = new CopyVariant<NormalPageCopy<LinusOrder, ShareHugePmd>>("linus-copy-normal-page",
        "Linus: copy_normal_page, GFP_ATOMIC", new(5, 9),
        "Linus's copy_normal_page(): no gate, GFP_ATOMIC copy inside the locks", WriteReuseRule.RefcountIsOne, true);

    /// <summary>The same with Jason Gunthorpe's "atomics last" order, and the PMD split he asked to keep.</summary>
    public static CopyVariant JasonAtomicsLast { get; } = new CopyVariant<NormalPageCopy<JasonAtomicsLastOrder, SplitPinnedHugePmd<NoPinGate>>>("jgg-atomics-last",
        "Jason: atomics last", new(5, 9),
        "the same with Jason Gunthorpe's \"cheap tests first, atomics last\" order; splits a pinned PMD THP", WriteReuseRule.RefcountIsOne, true);

    /// <summary>Merged 5.9/5.10: atomic has_pinned gate, preallocate outside the lock and retry, THP split.</summary>
    public static CopyVariant Merged5_10 { get; } = new CopyVariant<PreallocRetryCopy<HasPinnedAtomicGate>>("merged-5.10",
        "5.10: has_pinned, prealloc+retry", new(5, 10),
        "copy_present_pte/page: atomic has_pinned gate, preallocate and retry, THP split", WriteReuseRule.RefcountIsOne, true);

    /// <summary>5.14: MMF_HAS_PINNED bit and page_needs_cow_for_dma().</summary>
    public static CopyVariant MmfHasPinned5_14 { get; } = new CopyVariant<PreallocRetryCopy<MmfHasPinnedGate>>("mmf-5.14",
        "5.14: MMF_HAS_PINNED", new(5, 14), "MMF_HAS_PINNED and page_needs_cow_for_dma()", WriteReuseRule.RefcountIsOne, true);

    /// <summary>5.19+: anon-exclusive try-dup.</summary>
    public static CopyVariant AnonExclusive5_19 { get; } = new CopyVariant<AnonExclusiveCopy>("anon-exclusive-5.19",
        "5.19: anon-exclusive try-dup", new(5, 19), "PG_anon_exclusive try-dup of the anon rmap", WriteReuseRule.AnonExclusive, true);

    /// <summary>6.9+: PTE batching of large folios.</summary>
    public static CopyVariant PteBatching6_9 { get; } = new CopyVariant<PteBatchCopy<MmfHasPinnedGate, RetryBatchAfterFailure>>("pte-batch-6.9",
        "6.9: PTE batching", new(6, 9), "PTE batching of large folios (folio_pte_batch)", WriteReuseRule.AnonExclusive, true);

    /// <summary>Proposal: 6.9+ with an exact pinned-page count in the mm as the gate (zero again when the last pin goes).</summary>
    public static CopyVariant ProposalExactPinCount { get; } = new CopyVariant<PteBatchCopy<ExactPinCountGate, RetryBatchAfterFailure>>("proposal-exact-pincount",
        "proposal: exact pin count gate", new(6, 9), "proposal: an exact pinned-page count in the mm as the gate", WriteReuseRule.AnonExclusive, true);

    /// <summary>Proposal: 6.9+ batching that stops re-trying a batch over a folio that may be pinned.</summary>
    public static CopyVariant ProposalBatchNoRetry { get; } = new CopyVariant<PteBatchCopy<MmfHasPinnedGate, StopBatchingAfterFailure>>("proposal-batch-no-retry",
        "proposal: no batch retry", new(6, 9), "proposal: stop re-batching a folio whose batch failed", WriteReuseRule.AnonExclusive, true);

    /// <summary>6.15-6.18: 6.9's batching with _large_mapcount (6.11) and large-folio reuse on a write fault.</summary>
    public static CopyVariant PteBatching6_15 { get; } = new CopyVariant<PteBatchCopy<MmfHasPinnedGate, RetryBatchAfterFailure>>("pte-batch-6.15",
        "6.15: batching, _large_mapcount, large reuse", new(6, 15),
        "6.15-6.18: PTE batching, _large_mapcount, reuse of a large anon folio only this mm maps", WriteReuseRule.AnonExclusiveOrSoleMmLargeFolio, true);

    /// <summary>Every variant, in the order the kernel had them (proposals after the era they change).</summary>
    public static IReadOnlyList<CopyVariant> All { get; } =
    [
        V5_8, PeterXuV1, LinusCopyNormalPage, JasonAtomicsLast, Merged5_10, MmfHasPinned5_14, AnonExclusive5_19,
        PteBatching6_9, ProposalExactPinCount, ProposalBatchNoRetry, PteBatching6_15,
    ];

    /// <summary>The place in <see cref="All"/>: the order the kernel had the variants, for tables and seeds.</summary>
    public int Order => All.Select((variant, index) => (variant, index)).First(p => ReferenceEquals(p.variant, this)).index;

    public static CopyVariant? FindById(string id) => All.FirstOrDefault(v => v.Id == id);

    /// <exception cref="ArgumentException">No variant has this id.</exception>
    public static CopyVariant ById(string id) =>
        FindById(id) ?? throw new ArgumentException($"unknown copy variant '{id}' (known: {string.Join(", ", All.Select(v => v.Id))})", nameof(id));

    /// <summary>New anon pages get PG_anon_exclusive only in the 5.19+ eras.</summary>
    public bool AnonExclusiveEra => ReuseRule is WriteReuseRule.AnonExclusive or WriteReuseRule.AnonExclusiveOrSoleMmLargeFolio;

    /// <summary>Anonymous mTHP (large anon folios mapped by PTEs at fault time) exists from 6.8.</summary>
    public bool HasAnonMthp => Kernel >= AnonMthpSince;

    /// <summary>The folio keeps <c>_large_mapcount</c> from 6.11; before, a PTE mapping counts in the page's <c>_mapcount</c> only.</summary>
    public bool HasLargeMapcount => Kernel >= LargeMapcountSince;

    /// <summary>rss counters are per-cpu from 6.2; before, add_mm_rss_vec() adds each non-zero counter with a locked add.</summary>
    public bool HasPerCpuRss => Kernel >= PerCpuRssSince;

    /// <summary>
    /// Why this variant cannot build a private anonymous VMA of order-<paramref name="folioOrder"/>
    /// folios, or null when it can: before 6.8 a fault maps a large anon folio only as a PMD THP.
    /// </summary>
    public string? FolioLayoutRefusal(int folioOrder, bool mapWithPmd) =>
        folioOrder == 0 || mapWithPmd || HasAnonMthp
            ? null
            : $"{Id} models a {Kernel} kernel: anonymous mTHP (large anon folios mapped by PTEs) exists from 6.8 on";

    /// <summary>copy_huge_pmd() looks for pins and splits a pinned PMD THP (every fixed variant but Linus's).</summary>
    public abstract bool ChecksPinsOnPmdPath { get; }

    /// <summary>Large folios are copied in PTE batches (folio_pte_batch, 6.9 on).</summary>
    public abstract bool BatchesLargeFolios { get; }

    /// <summary>dup_mmap() with this variant's copy struct.</summary>
    internal abstract int Fork<TCounter>(Machine machine, MmStruct parent, MmStruct child, ref TCounter counter)
        where TCounter : struct, IOperationCounter;

    public sealed override string ToString() => Id;
}
