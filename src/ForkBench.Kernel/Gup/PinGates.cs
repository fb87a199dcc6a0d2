using System.Threading;
using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Gup;

/// <summary>No gate (Linus's copy_normal_page proposal): every page gets the pin check.</summary>
public readonly struct NoPinGate : IPinGate
{
    public static bool MayHavePins<TCounter>(MmStruct mm, ref TCounter counter) where TCounter : struct, IOperationCounter => true;
}

/// <summary>Peter Xu v1: <c>mm->has_pinned</c>, a plain int.</summary>
public readonly struct HasPinnedIntGate : IPinGate
{
    public static bool MayHavePins<TCounter>(MmStruct mm, ref TCounter counter) where TCounter : struct, IOperationCounter =>
        mm.HasPinnedInt != 0;
}

/// <summary>5.9/5.10: <c>atomic_read(&amp;mm->has_pinned)</c>.</summary>
public readonly struct HasPinnedAtomicGate : IPinGate
{
    public static bool MayHavePins<TCounter>(MmStruct mm, ref TCounter counter) where TCounter : struct, IOperationCounter
        => Volatile.Read(ref mm.HasPinnedAtomic) != 0;
}

/// <summary>5.14+: <c>test_bit(MMF_HAS_PINNED, &amp;mm->flags)</c>.</summary>
public readonly struct MmfHasPinnedGate : IPinGate
{
    public static bool MayHavePins<TCounter>(MmStruct mm, ref TCounter counter) where TCounter : struct, IOperationCounter =>
        (Volatile.Read(ref mm.Flags) & MmStruct.MmfHasPinned) != 0;
}

/// <summary>The proposal: an exact pinned-page count, so an mm whose pins are all gone pays nothing.</summary>
public readonly struct ExactPinCountGate : IPinGate
{
    public static bool MayHavePins<TCounter>(MmStruct mm, ref TCounter counter) where TCounter : struct, IOperationCounter
        => Volatile.Read(ref mm.PinnedPages) != 0;
}
