using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Tests.Properties;

/// <summary>
/// The world's memory operations: mmap() with the folio shape and advice of
/// a <see cref="VmaKind"/>, populating, and single-page writes, each write
/// mirrored in the shadow with a stamp no other write uses.
/// </summary>
internal sealed partial class World
{
    private string? Map(MapOp o)
    {
        int slot = PickLive(o.Proc);
        var mm = _procs[slot];
        long pages = (long)o.SizeMiB << 20 >> Geometry.PageShift;
        bool anon = o.Kind is not (VmaKind.SharedAnon or VmaKind.FilePrivate or VmaKind.FileShared);
        if (mm.VmaCount >= MaxVmasPerProcess || (!anon && _filePages + pages > FileBudgetPages))
            return null;
        (MappingKind kind, int order) = o.Kind switch
        {
            VmaKind.Anon4K => (MappingKind.AnonPrivate, 0),
            VmaKind.AnonOrder2 => (MappingKind.AnonPrivate, 2),
            VmaKind.AnonOrder4 => (MappingKind.AnonPrivate, 4),
            VmaKind.AnonOrder9Pte or VmaKind.PmdThp => (MappingKind.AnonPrivate, 9),
            VmaKind.SharedAnon => (MappingKind.AnonShared, 0),
            VmaKind.FilePrivate => (MappingKind.FilePrivate, 0),
            _ => (MappingKind.FileShared, 0),
        };
        if (Machine.Variant.FolioLayoutRefusal(order, o.Kind == VmaKind.PmdThp) is not null)
            return null; // no mTHP in this variant's kernel: Map() would refuse
        int fileId = anon ? -1 : Machine.Files.Count; // Map() appends the new file or shmem object
        long start = Machine.Map(mm, (long)o.SizeMiB << 20, kind, order, mapWithPmd: o.Kind == VmaKind.PmdThp);
        if (o.Advice != Advice.None)
            Machine.Advise(mm, start, o.Advice == Advice.DontCopy ? VmaFlags.DontCopy : VmaFlags.WipeOnFork);
        if (!anon)
            _filePages += pages;
        Shadow.Map(slot, start, pages, o.Kind, o.Advice, fileId);
        return $"P{slot}: map 0x{start:x} {o.Kind} {o.SizeMiB} MiB {(o.Advice == Advice.None ? "" : o.Advice)}";
    }

    private string? Populate(PopulateOp o)
    {
        int slot = PickLive(o.Proc);
        if (PickRegion(slot, o.Vma) is not { } region)
            return null;
        var mm = _procs[slot];
        Machine.Populate(mm, region.Start, region.Pages << Geometry.PageShift, o.Write);
        if (o.Write)
        {
            for (long p = 0; p < region.Pages; p++)
            {
                long address = region.Start + (p << Geometry.PageShift);
                Shadow.Write(slot, address, Machine.StampFor(mm, address, generation: 0));
            }
        }
        return $"P{slot}: populate 0x{region.Start:x} ({region.Kind}) {(o.Write ? "write" : "read")}";
    }

    private string? Write(WriteOp o)
    {
        int slot = PickLive(o.Proc);
        if (PickRegion(slot, o.Vma) is not { } region)
            return null;
        return Write(slot, region, region.Start + ((o.Page % region.Pages) << Geometry.PageShift));
    }

    private string WritePinned(global::ForkBench.Kernel.Gup.PinHandle pin, int page)
    {
        int slot = SlotOf(pin.Mm);
        long address = pin.Address + ((page % pin.Frames.Count) << Geometry.PageShift);
        return Write(slot, Shadow.Find(slot, address)!, address);
    }

    private string Write(int slot, Shadow.Region region, long address)
    {
        ulong stamp = Machine.StampFor(_procs[slot], address, ++_generation);
        long frame = Machine.Write(_procs[slot], address, stamp);
        Shadow.Write(slot, address, stamp);
        return $"P{slot}: write 0x{address:x} ({region.Kind}) stamp {stamp:x} -> frame {frame}";
    }
}
