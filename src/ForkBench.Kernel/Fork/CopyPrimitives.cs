using System.Runtime.CompilerServices;
using System.Threading;
using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork;

/// <summary>The pieces of mm/memory.c's copy path that every variant shares.</summary>
public static class CopyPrimitives
{
    /// <summary>vm_normal_page(): the frame behind a present entry, or -1 for a special mapping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long VmNormalPage(ulong pte) => Pte.IsSpecial(pte) ? -1 : Pte.Pfn(pte);

    /// <summary>
    /// __copy_present_ptes() / the bit logic of copy_one_pte(): a COW mapping
    /// write-protects the parent's entries (one locked RMW each, as
    /// ptep_set_wrprotect() is) and the copy; a shared one is marked clean;
    /// the child's entries are old; then the child's entries are written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyPteBits<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int nr)
        where TCounter : struct, IOperationCounter
    {
        SetChildPtes(ref ctx, index, WrprotectForCopy(ref ctx, index, pte, nr), nr);
    }

    /// <summary>
    /// The first half of <see cref="CopyPteBits{TCounter}"/>: the parent's
    /// entries write-protected where the mapping is COW, and the entry the
    /// child gets (write-protected, clean if shared, old, without uffd-wp
    /// unless the child VMA tracks it), not yet written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong WrprotectForCopy<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int nr)
        where TCounter : struct, IOperationCounter
    {
        ref Vma srcVma = ref ctx.SrcVma;
        if (srcVma.IsCowMapping && Pte.IsWrite(pte))
        {
            for (int i = index; i < index + nr; i++)
            {
                Interlocked.And(ref ctx.SrcPtes[i], ~Pte.Write);
                ctx.Counter.LockedRmw();
            }
            pte = Pte.Wrprotect(pte);
        }
        if ((srcVma.Flags & VmaFlags.Shared) != 0)
            pte = Pte.MkClean(pte);
        pte = Pte.MkOld(pte);
        if ((ctx.DstVma.Flags & VmaFlags.UffdWp) == 0)
            pte = Pte.ClearUffdWp(pte);
        return pte;
    }

    /// <summary>set_pte_at() / set_ptes(): the child's <paramref name="nr"/> entries from <paramref name="pte"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetChildPtes<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int nr)
        where TCounter : struct, IOperationCounter
    {
        for (int i = 0; i < nr; i++)
            ctx.DstPtes[index + i] = Pte.AdvancePfn(pte, i);
        ctx.Counter.PteWrite(nr);
    }

    /// <summary>
    /// The share half of copy_present_pte() for a page that stays shared:
    /// one reference and one mapping more, counted in the child's rss.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ShareSmall<TCounter>(ref CopyContext<TCounter> ctx, long head, long pfn)
        where TCounter : struct, IOperationCounter
    {
        // mm_counter() reads the page's flags before the two locked RMWs,
        // not after as the kernel does: a plain read, so the order changes
        // nothing the model counts, and a read after a locked RMW has to
        // fetch the memmap's address again (the JIT assumes the RMW may
        // have changed it) and waits for the RMW to finish.
        bool anon = ctx.Pm.IsAnon(pfn);
        ctx.Pm.FolioGet(head, ref ctx.Counter);
        Rmap.Rmap.DupPtes(ctx.Pm, head, pfn, 1, ref ctx.Counter);
        CountRss(ref ctx, anon, 1);
    }

    /// <summary>rss[mm_counter(page)] += nr: the child's anon or file rss.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CountRss<TCounter>(ref CopyContext<TCounter> ctx, long pfn, int nr)
        where TCounter : struct, IOperationCounter =>
        CountRss(ref ctx, ctx.Pm.IsAnon(pfn), nr);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CountRss<TCounter>(ref CopyContext<TCounter> ctx, bool anon, int nr)
        where TCounter : struct, IOperationCounter
    {
        if (anon)
            ctx.RssAnon += nr;
        else
            ctx.RssFile += nr;
    }

    /// <summary>
    /// copy_present_page(): the child gets <paramref name="newPfn"/>, a copy of
    /// the parent's page, as a new exclusive anon page (dirty, writable if the
    /// VMA is); the parent's entry is left as it was.
    /// </summary>
    public static void InstallCopiedPage<TCounter>(ref CopyContext<TCounter> ctx, int index, long srcPfn, long newPfn)
        where TCounter : struct, IOperationCounter
    {
        ctx.Pm.Contents.CopyPage(srcPfn, newPfn);
        ctx.Counter.PageCopied();
        MapNewAnonPage(ref ctx, index, newPfn);
    }

    /// <summary>Maps a freshly filled page into the child as a new exclusive anon page.</summary>
    public static void MapNewAnonPage<TCounter>(ref CopyContext<TCounter> ctx, int index, long newPfn)
        where TCounter : struct, IOperationCounter
    {
        Rmap.Rmap.FolioAddNewAnonRmap(ctx.Pm, newPfn, order: 0, pmdMapped: false, exclusive: ctx.AnonExclusiveEra);
        ctx.Counter.TouchStructPage(newPfn);
        ulong bits = Pte.MkDirty(Pte.Young) | ((ctx.DstVma.Flags & VmaFlags.Write) != 0 ? Pte.Write : 0);
        ctx.DstPtes[index] = Pte.Make(newPfn, bits);
        ctx.Counter.PteWrite(1);
        ctx.RssAnon++;
    }

    /// <summary>The preallocated page, if any, used up by <see cref="InstallCopiedPage{TCounter}"/>.</summary>
    public static int CopyIntoPrealloc<TCounter>(ref CopyContext<TCounter> ctx, int index, long srcPfn)
        where TCounter : struct, IOperationCounter
    {
        if (ctx.Prealloc < 0)
            return CopyStatus.Again;
        long page = ctx.Prealloc;
        ctx.Prealloc = -1;
        InstallCopiedPage(ref ctx, index, srcPfn, page);
        return 1;
    }
}
