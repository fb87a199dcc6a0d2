using System.Threading;
using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Gup;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Fork;

/// <summary>
/// copy_huge_pmd() (mm/huge_memory.c): a PMD-mapped THP is shared by
/// reference, with a PTE table deposited for the child's later split; when
/// the page may be pinned the parent's PMD is split (__split_huge_pmd()) and
/// -EAGAIN sends the range down the PTE path.
/// </summary>
public static class HugePmdCopy
{
    /// <summary>Shares the huge page; <paramref name="rmapDone"/> when the caller already counted the mapping.</summary>
    public static int Share<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex, long head, int depositTable, bool rmapDone)
        where TCounter : struct, IOperationCounter
    {
        if (!rmapDone)
        {
            ctx.Pm.FolioGet(head, ref ctx.Counter);
            Rmap.Rmap.DupPmd(ctx.Pm, head, ref ctx.Counter);
        }
        ctx.Dst.RssAnon += Geometry.PtesPerTable; // add_mm_counter(), not counted (see README)
        // pmdp_set_wrprotect(): unconditional, a locked RMW even on an entry already read-only.
        ulong pmd = Pte.Wrprotect(Interlocked.And(ref ctx.Src.Pmds[pmdIndex], ~Pte.Write));
        ctx.Counter.LockedRmw();
        ctx.Dst.Pmds[pmdIndex] = Pte.MkOld(pmd);
        ctx.Dst.Deposited[pmdIndex] = depositTable;
        ctx.Counter.PteWrite(1);
        return CopyStatus.Ok;
    }

    /// <summary>pte_alloc_one() for the deposit; -1 when the pool is exhausted.</summary>
    public static int AllocateDeposit<TCounter>(ref CopyContext<TCounter> ctx)
        where TCounter : struct, IOperationCounter
    {
        ctx.Counter.PageTableAllocation();
        return ctx.Pool.Allocate();
    }

    /// <summary>Splits the parent's PMD and asks for the PTE path (the pinned case).</summary>
    public static int SplitAndRetry<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter
    {
        PmdSplitter.SplitHugePmd(ctx.Pm, ctx.Pool, ctx.Src, pmdIndex, ref ctx.Counter);
        return CopyStatus.Again;
    }

    /// <summary>copy_huge_pmd() without any pin check (v5.8; Linus's 2020 alternative, which changed only the PTE path).</summary>
    public static int ShareUnchecked<TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TCounter : struct, IOperationCounter
    {
        int table = AllocateDeposit(ref ctx);
        if (table < 0)
            return CopyStatus.NoMemory;
        return Share(ref ctx, pmdIndex, Pte.Pfn(ctx.Src.Pmds[pmdIndex]), table, rmapDone: false);
    }

    /// <summary>5.9 to 5.18 (and Jason's variant, ungated): split when the mm may have pinned and the huge page may be pinned, else share.</summary>
    public static int CopyGated<TGate, TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex)
        where TGate : struct, IPinGate
        where TCounter : struct, IOperationCounter
    {
        int table = AllocateDeposit(ref ctx);
        if (table < 0)
            return CopyStatus.NoMemory;
        long head = Pte.Pfn(ctx.Src.Pmds[pmdIndex]);
        ctx.Counter.TouchStructPage(head);
        if (CowForDma.FolioNeedsCowForDma<TGate, TCounter>(ctx.Pm, ctx.Src, ctx.SrcVma, head, ref ctx.Counter))
        {
            ctx.Pool.Free(table);
            return SplitAndRetry(ref ctx, pmdIndex);
        }
        return Share(ref ctx, pmdIndex, head, table, rmapDone: false);
    }

    /// <summary>5.19+: take a reference, try to dup the anon rmap; an exclusive, maybe-pinned THP is split instead.</summary>
    public static int CopyAnonExclusive<TGate, TCounter>(ref CopyContext<TCounter> ctx, int pmdIndex, bool pinCheckFirst)
        where TGate : struct, IPinGate
        where TCounter : struct, IOperationCounter
    {
        int table = AllocateDeposit(ref ctx);
        if (table < 0)
            return CopyStatus.NoMemory;
        long head = Pte.Pfn(ctx.Src.Pmds[pmdIndex]);
        ctx.Pm.FolioGet(head, ref ctx.Counter);
        if (!Rmap.Rmap.FolioTryDupAnonRmapPmd<TGate, TCounter>(ctx.Pm, ctx.Src, ctx.SrcVma, head, pinCheckFirst, ref ctx.Counter))
        {
            ctx.Pm.FolioPut(head, ref ctx.Counter);
            ctx.Pool.Free(table);
            return SplitAndRetry(ref ctx, pmdIndex);
        }
        return Share(ref ctx, pmdIndex, head, table, rmapDone: true);
    }
}
