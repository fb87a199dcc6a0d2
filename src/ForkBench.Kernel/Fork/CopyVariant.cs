namespace ForkBench.Kernel.Fork;

/// <summary>Every fork copy variant the model has: the kernels' and two proposals.</summary>
public enum CopyVariant
{
    /// <summary>v5.8 copy_one_pte(): no pin check.</summary>
    V5_8,

    /// <summary>Peter Xu v1 (2020-09-21): int has_pinned gate, break COW after the reference.</summary>
    PeterXuV1,

    /// <summary>Linus's copy_normal_page() (2020-09-25): no gate, GFP_ATOMIC inside the locks.</summary>
    LinusCopyNormalPage,

    /// <summary>The same with Jason Gunthorpe's "atomics last" order, and a pinned PMD THP split as he asked.</summary>
    JasonAtomicsLast,

    /// <summary>Merged 5.9/5.10: atomic has_pinned gate, preallocate outside the lock and retry, THP split.</summary>
    Merged5_10,

    /// <summary>5.14: MMF_HAS_PINNED bit and page_needs_cow_for_dma().</summary>
    MmfHasPinned5_14,

    /// <summary>5.19+: anon-exclusive try-dup.</summary>
    AnonExclusive5_19,

    /// <summary>6.9+: PTE batching of large folios.</summary>
    PteBatching6_9,

    /// <summary>Proposal: 6.9+ with an exact pinned-page count in the mm as the gate (zero again when the last pin goes).</summary>
    ProposalExactPinCount,

    /// <summary>Proposal: 6.9+ batching that stops re-trying a batch over a folio that may be pinned.</summary>
    ProposalBatchNoRetry,

    /// <summary>6.15 to 6.18: 6.9's batching with _large_mapcount (6.11+, MM_ID) and large-folio reuse on a write fault.</summary>
    PteBatching6_15,
}
