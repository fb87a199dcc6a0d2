using System.Runtime.CompilerServices;
using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.Counting;

/// <summary>The counter of the timed path: every method is empty and inlines to nothing.</summary>
public struct NoCounting : IOperationCounter
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void LockedRmw() { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void AtomicRead() { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void TouchStructPage(long pfn) { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void PteRead(int count) { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void PteBatchCompare() { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void PteWrite(int count) { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void PageCopied() { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void Allocation(AllocationKind kind, bool failed) { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void PageTableAllocation() { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void LockCycle() { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void BatchAttempt(bool failed) { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void PmdSplit() { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public void MemcgCharge(bool failed) { }
}
