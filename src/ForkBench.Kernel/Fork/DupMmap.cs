using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Fork;

/// <summary>
/// dup_mmap() (kernel/fork.c): the child gets each VMA except VM_DONTCOPY
/// ones; a VM_WIPEONFORK VMA arrives empty; a VMA is copied only if
/// vma_needs_copy() says so (it has anon pages, or the child is uffd-wp).
/// On failure the partly built child is torn down and the fork fails.
/// </summary>
public static class DupMmap
{
    public static int Fork<TVariant, TCounter>(Machine machine, MmStruct parent, MmStruct child, ref TCounter counter)
        where TVariant : struct, ICopyVariant
        where TCounter : struct, IOperationCounter
    {
        var ctx = new CopyContext<TCounter>
        {
            Pm = machine.Physical,
            Pool = machine.PageTables,
            Src = parent,
            Dst = child,
            Prealloc = -1,
            NoBatchFolio = -1,
            AnonExclusiveEra = machine.Variant.AnonExclusiveEra,
            PerCpuRss = machine.Variant.HasPerCpuRss,
            Counter = counter,
        };
        int status = CopyStatus.Ok;
        for (int i = 0; i < parent.VmaCount && status == CopyStatus.Ok; i++)
        {
            ref Vma vma = ref parent.VmaAt(i);
            if ((vma.Flags & VmaFlags.DontCopy) != 0)
                continue;
            int childIndex = child.VmaCount++;
            ref Vma childVma = ref child.VmaAt(childIndex);
            childVma = vma;
            if ((vma.Flags & VmaFlags.WipeOnFork) != 0)
            {
                childVma.HasAnonVma = false; // the child sees an empty range
                continue;
            }
            if (!VmaNeedsCopy(vma, childVma))
                continue;
            ctx.SrcVma = ref vma;
            ctx.DstVma = ref childVma;
            status = CopyPageRange.Copy<TVariant, TCounter>(ref ctx);
        }
        counter = ctx.Counter;
        child.NextMapAddress = parent.NextMapAddress;
        if (status != CopyStatus.Ok)
        {
            ExitMmap.Exit(machine, child, ref counter);
            return status;
        }
        return CopyStatus.Ok;
    }

    /// <summary>vma_needs_copy(): anon pages to copy, or a uffd-wp child that must see the markers.</summary>
    public static bool VmaNeedsCopy(in Vma src, in Vma dst) =>
        src.HasAnonVma || (dst.Flags & VmaFlags.UffdWp) != 0;
}
