namespace ForkBench.Kernel.Fork;

/// <summary>When a write fault on a write-protected anon page may reuse it instead of copying (do_wp_page()).</summary>
public enum WriteReuseRule
{
    /// <summary>Up to 5.8: reuse_swap_page(), the page is mapped once.</summary>
    MapcountIsOne,

    /// <summary>5.9 to 5.18: the page has exactly one reference (09854ba94c6a, "do_wp_page() simplification").</summary>
    RefcountIsOne,

    /// <summary>5.19+: the page is AnonExclusive, or it is small with one reference (then it becomes exclusive).</summary>
    AnonExclusive,

    /// <summary>
    /// 6.15+: as <see cref="AnonExclusive"/>, and a PTE-mapped large anon
    /// folio is reused when only this mm maps it and every reference is a
    /// mapping (__wp_can_reuse_large_anon_folio(), with the folio's mm id).
    /// </summary>
    AnonExclusiveOrSoleMmLargeFolio,
}
