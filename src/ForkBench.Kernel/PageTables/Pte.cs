using System.Runtime.CompilerServices;

namespace ForkBench.Kernel.PageTables;

/// <summary>
/// An x86-64-like page-table entry: 8 bytes, the frame number in bits 12..51
/// and the bits fork looks at (arch/x86/include/asm/pgtable_types.h). The
/// helpers mirror pte_write(), pte_wrprotect(), pte_mkold() and friends.
/// </summary>
public static class Pte
{
    public const ulong Present = 1UL << 0;
    public const ulong Write = 1UL << 1;
    public const ulong Young = 1UL << 5;
    public const ulong Dirty = 1UL << 6;
    public const ulong Special = 1UL << 9;
    public const ulong UffdWp = 1UL << 10;
    public const ulong SoftDirty = 1UL << 11;

    private const int PfnShift = 12;
    private const ulong PfnMask = ((1UL << 40) - 1) << PfnShift;

    public static ulong Make(long pfn, ulong bits) => ((ulong)pfn << PfnShift) & PfnMask | bits | Present;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Pfn(ulong pte) => (long)((pte & PfnMask) >> PfnShift);

    public static bool IsNone(ulong pte) => pte == 0;

    public static bool IsPresent(ulong pte) => (pte & Present) != 0;

    public static bool IsWrite(ulong pte) => (pte & Write) != 0;

    public static bool IsDirty(ulong pte) => (pte & Dirty) != 0;

    public static bool IsSpecial(ulong pte) => (pte & Special) != 0;

    public static ulong Wrprotect(ulong pte) => pte & ~Write;

    public static ulong MkWrite(ulong pte) => pte | Write;

    /// <summary>pte_mkdirty(): on x86 it sets soft-dirty as well, so every new dirty entry is soft-dirty.</summary>
    public static ulong MkDirty(ulong pte) => pte | Dirty | SoftDirty;

    public static ulong MkClean(ulong pte) => pte & ~Dirty;

    public static ulong MkOld(ulong pte) => pte & ~Young;

    public static ulong ClearUffdWp(ulong pte) => pte & ~UffdWp;

    /// <summary>The same entry pointing <paramref name="delta"/> frames further (set_ptes() stepping).</summary>
    public static ulong AdvancePfn(ulong pte, long delta) => pte + ((ulong)delta << PfnShift);
}
