namespace ForkBench.Benchmarks.Model;

/// <summary>
/// How the parent's anonymous memory is mapped, as the "Layout" parameter
/// names it: small pages, PMD-mapped THP, or large folios mapped by PTEs.
/// </summary>
public static class PageLayout
{
    /// <summary>4 KiB pages, one PTE each.</summary>
    public const string Small = "4k";

    /// <summary>2 MiB THP mapped by one PMD (order 9, mapWithPmd).</summary>
    public const string ThpPmd = "thp-pmd";

    /// <summary>64 KiB mTHP (order-4 folios) mapped by 16 PTEs each.</summary>
    public const string Mthp64K = "mthp-64k";

    /// <summary>2 MiB folios (order 9) mapped by 512 PTEs each, not by a PMD.</summary>
    public const string Folio2MPte = "folio-2m-pte";

    public static IReadOnlyList<string> AllValues { get; } = [Small, ThpPmd, Mthp64K, Folio2MPte];

    public static int FolioOrder(string layout) => layout switch
    {
        Small => 0,
        ThpPmd or Folio2MPte => 9,
        Mthp64K => 4,
        _ => throw new ArgumentException($"unknown layout '{layout}'", nameof(layout)),
    };

    public static bool MapWithPmd(string layout) => FolioOrder(layout) == 9 && layout == ThpPmd;
}
