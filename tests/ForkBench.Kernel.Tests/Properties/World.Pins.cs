namespace ForkBench.Kernel.Tests.Properties;

/// <summary>
/// The world's pin and reference operations. Ranges are clipped to the
/// picked VMA; extra references are taken only where every page is mapped,
/// as Machine.TakeReferences requires.
/// </summary>
internal sealed partial class World
{
    private string? Pin(PinOp o)
    {
        int slot = PickLive(o.Proc);
        if (Machine.Pins.Count >= MaxLivePins || PickRegion(slot, o.Vma) is not { } region)
            return null;
        long page = o.Page % region.Pages;
        long pages = Math.Min(o.Pages, region.Pages - page);
        var pin = Machine.Pin(_procs[slot], region.Start + (page << Geometry.PageShift), pages);
        return $"P{slot}: pin 0x{pin.Address:x} ({region.Kind}) {pages} pages -> frames {string.Join(",", pin.Frames)}";
    }

    private string Unpin(global::ForkBench.Kernel.Gup.PinHandle pin)
    {
        Machine.Unpin(pin);
        return $"P{SlotOf(pin.Mm)}: unpin 0x{pin.Address:x} {pin.Frames.Count} pages";
    }

    private string? TakeReferences(TakeRefsOp o)
    {
        int slot = PickLive(o.Proc);
        if (Machine.References.Count >= MaxLiveReferenceSets || PickRegion(slot, o.Vma) is not { } region)
            return null;
        long page = o.Page % region.Pages;
        long pages = Math.Min(o.Pages, region.Pages - page);
        long address = region.Start + (page << Geometry.PageShift);
        for (long p = 0; p < pages; p++)
        {
            if (Machine.MappedFrame(_procs[slot], address + (p << Geometry.PageShift)) < 0)
                return null; // references are taken on mapped pages only
        }
        Machine.TakeReferences(_procs[slot], address, pages, o.RefsPerPage);
        return $"P{slot}: take {o.RefsPerPage} refs on 0x{address:x} ({region.Kind}) {pages} pages";
    }

    private string ReleaseReferences(global::ForkBench.Kernel.Gup.ReferenceHandle refs)
    {
        Machine.ReleaseReferences(refs);
        return $"release {refs.ReferencesPerPage} refs on {refs.Heads.Count} pages";
    }
}
