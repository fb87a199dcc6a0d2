using ForkBench.Kernel.Fork;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The parameter values of the model suite, per preset. Every value is a
/// string that reads well in a benchmark id ("v5.8", "1in64", "thp-pmd").
/// The quick preset runs a subset of the full preset's values, so a case's
/// id means the same in both.
/// </summary>
public static class ModelParams
{
    /// <summary>The preset the parameter sources answer for; set by the model command before BenchmarkDotNet runs.</summary>
    public static ModelPreset Current { get; set; } = ModelPreset.Quick;

    private static bool Full => Current == ModelPreset.Full;

    /// <summary>Every copy variant, by stable id, in era order.</summary>
    public static IEnumerable<string> AllVariants() => CopyVariant.All.Select(v => v.Id);

    /// <summary>
    /// Quick: the three eras that matter most when variants are crossed with
    /// another axis: no pin check (v5.8), the merged fix (5.10) and today's
    /// batching (6.9). Full: every variant.
    /// </summary>
    public static IEnumerable<string> KeyVariants() => Full ? AllVariants() : ["v5.8", "merged-5.10", "pte-batch-6.9"];

    /// <summary>
    /// The variants whose kernel has PTE-mapped large anon folios: anonymous
    /// mTHP exists from 6.8, so older variants are left out (the model
    /// refuses to build such a parent for them). Quick: batching (6.9) and
    /// the no-retry proposal. Full: every variant that has them.
    /// </summary>
    public static IEnumerable<string> LargeFolioVariants() =>
        (Full ? AllVariants() : ["pte-batch-6.9", "proposal-batch-no-retry"])
            .Where(id => CopyVariant.FindById(id)!.HasAnonMthp);

    /// <summary>
    /// Quick: the key variants plus Linus's copy_normal_page() and Jason's
    /// "atomics last" reordering of it, whose difference shows only where a
    /// cheap test fails (clean file pages). Full: every variant.
    /// </summary>
    public static IEnumerable<string> MappingVariants() => Full
        ? AllVariants()
        : ["v5.8", "linus-copy-normal-page", "jgg-atomics-last", "merged-5.10", "pte-batch-6.9"];

    public static IEnumerable<string> AllPinShares() => ModelAxes.AllPinValues;

    /// <summary>Nothing and everything pinned: the two ends of the pinned axis.</summary>
    public static IEnumerable<string> NoneOrAllPinned() => [ModelAxes.NoPins, ModelAxes.AllPinned];

    /// <summary>Quick: nothing pinned. Full: nothing or everything pinned.</summary>
    public static IEnumerable<string> NoneOrInFullAllPinned() => Full ? NoneOrAllPinned() : [ModelAxes.NoPins];

    /// <summary>Quick: nothing pinned. Full: nothing or one page in 64 (cheap to copy at every size).</summary>
    public static IEnumerable<string> NoneOrInFull1In64Pinned() => Full ? [ModelAxes.NoPins, ModelAxes.Every64th] : [ModelAxes.NoPins];

    /// <summary>4 KiB pages and PMD-mapped THP.</summary>
    public static IEnumerable<string> SmallOrThp() => [ModelAxes.Small, ModelAxes.Thp];

    /// <summary>Large folios mapped by PTEs: 64 KiB mTHP and 2 MiB folios.</summary>
    public static IEnumerable<string> PteMappedLargeFolios() => [ModelAxes.Mthp64K, ModelAxes.Pte2M];

    public static IEnumerable<string> AllMappings() => ModelAxes.AllMappings;

    public static IEnumerable<string> AllPlacements() => PlacementParam.AllValues;
}
