using System.Threading;
using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Faults;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Gup;

/// <summary>
/// pin_user_pages() with FOLL_WRITE | FOLL_LONGTERM (mm/gup.c), as io_uring
/// fixed buffers use it: each page is faulted in for write (breaking any
/// COW sharing first), then pinned: +1024 on a small page's refcount, +1
/// refcount and +1 pin count on a large folio. The mm's pinned state is set
/// in every form it has had; it is sticky, except the proposal's counter.
/// </summary>
public static class PinUserPages
{
    public static PinHandle Pin(Machine machine, MmStruct mm, long address, long pages)
    {
        var pm = machine.Physical;
        var counter = new NoCounting();
        var frames = new long[pages];
        for (long i = 0; i < pages; i++)
        {
            long pfn = PageFault.HandleWrite(machine, mm, address + (i << Geometry.PageShift));
            long head = pm.FolioHead(pfn);
            if (pm.FolioTestLarge(head))
            {
                pm.FolioRefAdd(head, 1, ref counter);
                Interlocked.Increment(ref pm.Memmap[head + 1].PinCount);
            }
            else
            {
                pm.FolioRefAdd(head, Memory.PhysicalMemory.PinCountingBias, ref counter);
            }
            frames[i] = pfn;
        }
        mm.HasPinnedInt = 1;
        Volatile.Write(ref mm.HasPinnedAtomic, 1);
        if ((mm.Flags & MmStruct.MmfHasPinned) == 0) // a458b76a4171: set only if not yet set
            mm.Flags |= MmStruct.MmfHasPinned;
        Interlocked.Add(ref mm.PinnedPages, pages);
        return new PinHandle(mm, address, frames);
    }

    /// <summary>unpin_user_pages(): the pins go; the sticky state stays.</summary>
    public static void Unpin(Machine machine, PinHandle handle)
    {
        if (handle.Released)
            throw new InvalidOperationException("pin handle already released");
        var pm = machine.Physical;
        var counter = new NoCounting();
        foreach (long pfn in handle.Frames)
        {
            long head = pm.FolioHead(pfn);
            if (pm.FolioTestLarge(head))
            {
                Interlocked.Decrement(ref pm.Memmap[head + 1].PinCount);
                pm.FolioPut(head, ref counter);
            }
            else
            {
                pm.FolioPutRefs(head, Memory.PhysicalMemory.PinCountingBias, ref counter);
            }
        }
        Interlocked.Add(ref handle.Mm.PinnedPages, -handle.Frames.Count);
        handle.Released = true;
    }
}
