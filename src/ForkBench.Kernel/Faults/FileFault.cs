using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Faults;

/// <summary>
/// do_read_fault() / do_shared_fault() / do_cow_fault(): a file or shmem
/// page is looked up in (or added to) the page cache and mapped; a write to a
/// private file mapping gets a private anon copy instead.
/// </summary>
public static class FileFault
{
    public static long Map(Machine machine, MmStruct mm, ref Vma vma, Span<ulong> ptes, long address, bool write)
    {
        var pm = machine.Physical;
        var counter = new NoCounting();
        PageCacheFile file = machine.File(vma.FileId);
        long pageIndex = vma.FileFirstPage + ((address - vma.Start) >> Geometry.PageShift);
        long cached = FindOrCreatePage(machine, file, pageIndex);
        int index = MmStruct.PteIndex(address);
        bool shared = (vma.Flags & VmaFlags.Shared) != 0;
        if (write && !shared)
        {
            long copy = AnonymousFault.Allocate(machine, 0);
            pm.Contents.CopyPage(cached, copy);
            Rmap.Rmap.FolioAddNewAnonRmap(pm, copy, 0, pmdMapped: false, machine.Variant.AnonExclusiveEra);
            ptes[index] = Pte.Make(copy, Pte.MkDirty(Pte.Write | Pte.Young));
            mm.RssAnon++;
            vma.HasAnonVma = true;
            return copy;
        }
        pm.FolioGet(cached, ref counter);
        Rmap.Rmap.DupPtes(pm, cached, cached, 1, ref counter);
        ptes[index] = Pte.Make(cached, Pte.Young | (write ? Pte.MkDirty(Pte.Write) : 0));
        mm.RssFile++;
        return cached;
    }

    /// <summary>filemap_fault() / shmem_get_folio(): the cache's page, read in (allocated) if absent.</summary>
    public static long FindOrCreatePage(Machine machine, PageCacheFile file, long pageIndex)
    {
        long pfn = file.FrameAt(pageIndex);
        if (pfn >= 0)
            return pfn;
        pfn = AnonymousFault.Allocate(machine, 0);
        machine.Physical.Memmap[pfn].Flags |= (long)Memory.PageFlags.PageCache;
        machine.Physical.Memmap[pfn].Index = pageIndex;
        // A file page is read in with the file's contents; a new shmem page is zero-filled.
        machine.Physical.Contents.SetStamp(pfn, file.IsShmem ? 0 : FileContentStamp(file.Id, pageIndex));
        file.SetFrame(pageIndex, pfn);
        return pfn;
    }

    /// <summary>What a file page holds before anyone writes it: a stamp derived from file and offset.</summary>
    public static ulong FileContentStamp(int fileId, long pageIndex) => (0xF11EUL << 48) | ((ulong)fileId << 32) | (ulong)pageIndex;
}
