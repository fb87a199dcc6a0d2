using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Gup;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork.Variants;

/// <summary>
/// 6.9+ copy_present_ptes(): with no preallocated page, an entry of a large
/// folio starts a batch over the run of entries mapping consecutive pages of
/// that folio (folio_pte_batch()), adds all references at once and tries to
/// dup the anon rmap for the whole run. A refusal (the folio may be pinned)
/// takes the references back and returns -EAGAIN; the retried entry is then
/// copied singly, and the entry after it tries a batch over the rest of the
/// run again: a pinned folio of n pages costs about n²/2 entry reads.
/// <typeparamref name="TPolicy"/> selects that behaviour or the proposal that
/// stops batching a folio after its first refusal.
/// </summary>
public readonly struct PteBatchCopy<TGate, TPolicy> : ICopyVariant
    where TGate : struct, IPinGate
    where TPolicy : struct, IBatchPolicy
{
    public static bool ChecksPinsOnPmdPath => true;

    public static bool BatchesLargeFolios => true;

    public static int CopyPresentPtes<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, int maxNr)
        where TCounter : struct, IOperationCounter
    {
        long pfn = CopyPrimitives.VmNormalPage(pte);
        if (pfn < 0)
        {
            CopyPrimitives.CopyPteBits(ref ctx, index, pte, 1);
            return 1;
        }
        ctx.Counter.TouchStructPage(pfn);
        long head = ctx.Pm.FolioHead(pfn);
        if (ctx.Prealloc < 0 && maxNr != 1 && ctx.Pm.FolioTestLarge(head)
            && !(TPolicy.StopBatchingFailedFolio && head == ctx.NoBatchFolio))
        {
            return CopyBatch(ref ctx, index, pte, pfn, head, maxNr);
        }
        ctx.Pm.FolioGet(head, ref ctx.Counter);
        if (ctx.Pm.IsAnon(pfn))
        {
            if (!Rmap.Rmap.FolioTryDupAnonRmapPtes<TGate, TCounter>(ctx.Pm, ctx.Src, ctx.SrcVma, head, pfn, 1, ref ctx.Counter))
            {
                ctx.Pm.FolioPut(head, ref ctx.Counter);
                return CopyPrimitives.CopyIntoPrealloc(ref ctx, index, pfn);
            }
            ctx.RssAnon++;
        }
        else
        {
            Rmap.Rmap.DupPtes(ctx.Pm, head, pfn, 1, ref ctx.Counter);
            ctx.RssFile++;
        }
        CopyPrimitives.CopyPteBits(ref ctx, index, pte, 1);
        return 1;
    }

    private static int CopyBatch<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, long pfn, long head, int maxNr)
        where TCounter : struct, IOperationCounter
    {
        int nr = FolioPteBatch(ref ctx, index, pte, pfn, head, maxNr, out bool anyWritable);
        ctx.Pm.FolioRefAdd(head, nr, ref ctx.Counter);
        if (ctx.Pm.IsAnon(pfn))
        {
            if (!Rmap.Rmap.FolioTryDupAnonRmapPtes<TGate, TCounter>(ctx.Pm, ctx.Src, ctx.SrcVma, head, pfn, nr, ref ctx.Counter))
            {
                ctx.Pm.FolioPutRefs(head, nr, ref ctx.Counter);
                ctx.Counter.BatchAttempt(failed: true);
                if (TPolicy.StopBatchingFailedFolio)
                    ctx.NoBatchFolio = head;
                return CopyStatus.Again;
            }
            ctx.RssAnon += nr;
        }
        else
        {
            Rmap.Rmap.DupPtes(ctx.Pm, head, pfn, nr, ref ctx.Counter);
            ctx.RssFile += nr;
        }
        ctx.Counter.BatchAttempt(failed: false);
        CopyPrimitives.CopyPteBits(ref ctx, index, anyWritable ? Pte.MkWrite(pte) : pte, nr);
        return nr;
    }

    /// <summary>
    /// folio_pte_batch(): how many entries from <paramref name="index"/> map
    /// consecutive pages of the folio with the same bits, ignoring young and
    /// write (which it reports as any-writable); the dirty bit only on a
    /// shared mapping, soft-dirty only when the VMA does not track it.
    /// </summary>
    private static int FolioPteBatch<TCounter>(ref CopyContext<TCounter> ctx, int index, ulong pte, long pfn, long head, int maxNr, out bool anyWritable)
        where TCounter : struct, IOperationCounter
    {
        VmaFlags flags = ctx.SrcVma.Flags;
        ulong ignored = Pte.Young | Pte.Write
            | ((flags & VmaFlags.Shared) != 0 ? Pte.Dirty : 0)
            | ((flags & VmaFlags.SoftDirtyTracking) == 0 ? Pte.SoftDirty : 0);
        ctx.Counter.TouchStructPage(head + 1);
        long folioEnd = head + (1L << ctx.Pm.FolioOrder(head));
        int limit = (int)Math.Min(maxNr, folioEnd - pfn);
        ulong expected = pte & ~ignored;
        anyWritable = Pte.IsWrite(pte);
        int nr = 1;
        while (nr < limit)
        {
            ulong next = ctx.SrcPtes[index + nr];
            ctx.Counter.PteRead(1);
            ctx.Counter.PteBatchCompare();
            if ((next & ~ignored) != Pte.AdvancePfn(expected, nr))
                break;
            anyWritable |= Pte.IsWrite(next);
            nr++;
        }
        return nr;
    }

    public static int CopyHugePmd<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter =>
        HugePmdCopy.CopyAnonExclusive<TGate, TCounter>(ref ctx, pmdIndex, pinCheckFirst: true);
}
