namespace ForkBench.Kernel.PageTables;

/// <summary>
/// A PMD entry covering 2 MiB: none, a pointer to a PTE table (the model
/// stores the table's index in the pool), or a huge mapping of a 2 MiB folio
/// (_PAGE_PSE, with the same permission bits as a PTE).
/// </summary>
public static class Pmd
{
    public const ulong Huge = 1UL << 7;

    public static ulong MakeTable(int tableIndex) => Pte.Make(tableIndex, 0);

    public static ulong MakeHuge(long headPfn, ulong bits) => Pte.Make(headPfn, bits | Huge);

    public static bool IsNone(ulong pmd) => pmd == 0;

    /// <summary>pmd_trans_huge().</summary>
    public static bool IsHuge(ulong pmd) => (pmd & Huge) != 0;

    public static int TableIndex(ulong pmd) => (int)Pte.Pfn(pmd);
}
