namespace ForkBench.Kernel.Scenarios;

/// <summary>How a scenario's anonymous memory is mapped.</summary>
public enum PageLayout
{
    /// <summary>4 KiB pages (MADV_NOHUGEPAGE).</summary>
    Small4K,

    /// <summary>64 KiB folios (mTHP, order 4) mapped by PTEs.</summary>
    Folio64K,

    /// <summary>2 MiB folios mapped by 512 PTEs (a THP split, or a PTE-mapped mTHP).</summary>
    Folio2MPte,

    /// <summary>2 MiB THP mapped by one PMD.</summary>
    ThpPmd,
}
