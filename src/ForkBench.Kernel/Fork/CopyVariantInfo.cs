namespace ForkBench.Kernel.Fork;

/// <summary>What stays true of a variant outside the copy loop: its id, era and fault rule.</summary>
public sealed record CopyVariantInfo(CopyVariant Variant, string Id, string Title, WriteReuseRule ReuseRule, bool FixesPinnedCow)
{
    /// <summary>New anon pages get PG_anon_exclusive only in the 5.19+ eras.</summary>
    public bool AnonExclusiveEra => ReuseRule == WriteReuseRule.AnonExclusive;

    public static IReadOnlyList<CopyVariantInfo> All { get; } =
    [
        new(CopyVariant.V5_8, "v5.8", "v5.8: no pin check", WriteReuseRule.MapcountIsOne, false),
        new(CopyVariant.PeterXuV1, "peterx-v1", "Peter Xu v1: has_pinned, break COW", WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.LinusCopyNormalPage, "linus-copy-normal-page", "Linus: copy_normal_page, GFP_ATOMIC", WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.JasonAtomicsLast, "jgg-atomics-last", "Jason: atomics last", WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.Merged5_10, "merged-5.10", "5.10: has_pinned, prealloc+retry", WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.MmfHasPinned5_14, "mmf-5.14", "5.14: MMF_HAS_PINNED", WriteReuseRule.RefcountIsOne, true),
        new(CopyVariant.AnonExclusive5_19, "anon-exclusive-5.19", "5.19: anon-exclusive try-dup", WriteReuseRule.AnonExclusive, true),
        new(CopyVariant.PteBatching6_9, "pte-batch-6.9", "6.9: PTE batching", WriteReuseRule.AnonExclusive, true),
        new(CopyVariant.ProposalExactPinCount, "proposal-exact-pincount", "proposal: exact pin count gate", WriteReuseRule.AnonExclusive, true),
        new(CopyVariant.ProposalBatchNoRetry, "proposal-batch-no-retry", "proposal: no batch retry", WriteReuseRule.AnonExclusive, true),
    ];

    public static CopyVariantInfo Of(CopyVariant variant) => All[(int)variant];

    public static CopyVariantInfo? FindById(string id) => All.FirstOrDefault(v => v.Id == id);
}
