namespace ForkBench.Kernel.Fork;

/// <summary>
/// What stays true of a variant outside the copy loop: its id, the kernel
/// release whose mm it runs in (which decides the era's rmap counters, rss
/// counters and folio sizes), its fault rule and whether it fixes the
/// pinned-page COW bug.
/// </summary>
public sealed record CopyVariantInfo(CopyVariant Variant, string Id, string Title, Version Kernel, WriteReuseRule ReuseRule, bool FixesPinnedCow)
{
    private static readonly Version AnonMthpSince = new(6, 8);
    private static readonly Version LargeMapcountSince = new(6, 11);
    private static readonly Version PerCpuRssSince = new(6, 2);

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

    public static IReadOnlyList<CopyVariantInfo> All { get; } =
    [
        new(CopyVariant.V5_8, "v5.8", "v5.8: no pin check", new(5, 8), WriteReuseRule.MapcountIsOne, false),
        new(CopyVariant.PeterXuV1, "peterx-v1", "Peter Xu v1: has_pinned, break COW", new(5, 9), WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.LinusCopyNormalPage, "linus-copy-normal-page", "Linus: copy_normal_page, GFP_ATOMIC", new(5, 9), WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.JasonAtomicsLast, "jgg-atomics-last", "Jason: atomics last", new(5, 9), WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.Merged5_10, "merged-5.10", "5.10: has_pinned, prealloc+retry", new(5, 10), WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.MmfHasPinned5_14, "mmf-5.14", "5.14: MMF_HAS_PINNED", new(5, 14), WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.AnonExclusive5_19, "anon-exclusive-5.19", "5.19: anon-exclusive try-dup", new(5, 19), WriteReuseRule.AnonExclusive, true),
        new(CopyVariant.PteBatching6_9, "pte-batch-6.9", "6.9: PTE batching", new(6, 9), WriteReuseRule.AnonExclusive, true),
        new(CopyVariant.ProposalExactPinCount, "proposal-exact-pincount", "proposal: exact pin count gate", new(6, 9), WriteReuseRule.AnonExclusive, true),
        new(CopyVariant.ProposalBatchNoRetry, "proposal-batch-no-retry", "proposal: no batch retry", new(6, 9), WriteReuseRule.AnonExclusive, true),
        new(CopyVariant.PteBatching6_15, "pte-batch-6.15", "6.15: batching, _large_mapcount, large reuse", new(6, 15), WriteReuseRule.AnonExclusiveOrSoleMmLargeFolio, true),
    ];

    public static CopyVariantInfo Of(CopyVariant variant) => All[(int)variant];

    public static CopyVariantInfo? FindById(string id) => All.FirstOrDefault(v => v.Id == id);
}
