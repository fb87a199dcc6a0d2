using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel;

/// <summary>
/// The bookkeeping oracle: recomputes, from every process's page tables, the
/// page cache, the pins and the extra references, what each struct page must
/// say (refcount, mapcounts, pin count), and checks that no frame is leaked,
/// no free frame is dirty, every page table is owned and memcg balances.
/// </summary>
internal sealed class InvariantChecker(Machine machine)
{
    private const int MaxReported = 50;

    private readonly PhysicalMemory _pm = machine.Physical;
    private readonly List<string> _violations = [];
    private int[] _map = [];
    private long[] _refs = [];
    private int[] _entire = [];
    private int[] _large = [];
    private int[] _pins = [];

    public IReadOnlyList<string> Check()
    {
        long n = _pm.FrameCount;
        _map = new int[n];
        _refs = new long[n];
        _entire = new int[n];
        _large = new int[n];
        _pins = new int[n];
        int tables = 0;
        foreach (MmStruct mm in machine.Processes)
            tables += CountMappings(mm);
        foreach (PageCacheFile file in machine.Files)
        {
            foreach (long pfn in file.CachedFrames)
                _refs[pfn]++;
        }
        foreach (var pin in machine.Pins)
        {
            foreach (long pfn in pin.Frames)
            {
                long head = _pm.FolioHead(pfn);
                bool large = _pm.FolioTestLarge(head);
                _refs[head] += large ? 1 : PhysicalMemory.PinCountingBias;
                if (large)
                    _pins[head]++;
            }
        }
        foreach (var reference in machine.References)
        {
            foreach (long head in reference.Heads)
                _refs[head] += reference.ReferencesPerPage;
        }
        if (machine.PageTables.InUse != tables)
            Report($"page-table pool has {machine.PageTables.InUse} tables in use, processes own {tables}");
        CheckFrames();
        return _violations;
    }

    private int CountMappings(MmStruct mm)
    {
        int tables = 0;
        long anon = 0, file = 0;
        for (int p = 0; p < mm.Pmds.Length; p++)
        {
            ulong pmd = mm.Pmds[p];
            if (Pmd.IsNone(pmd))
            {
                if (mm.Deposited[p] >= 0)
                    Report($"mm {mm.Id}: deposited table without a huge PMD at index {p}");
                continue;
            }
            tables++;
            if (Pmd.IsHuge(pmd))
            {
                long head = Pte.Pfn(pmd);
                _entire[head]++;
                _large[head]++;
                _refs[head]++;
                anon += Geometry.PtesPerTable;
                if (mm.Deposited[p] < 0)
                    Report($"mm {mm.Id}: huge PMD {p} has no deposited table");
                continue;
            }
            foreach (ulong pte in machine.PageTables.Table(Pmd.TableIndex(pmd)))
            {
                if (Pte.IsNone(pte) || Pte.IsSpecial(pte))
                    continue;
                long pfn = Pte.Pfn(pte);
                long head = _pm.FolioHead(pfn);
                _map[pfn]++;
                _refs[head]++;
                if (_pm.FolioTestLarge(head))
                    _large[head]++;
                if (_pm.IsAnon(pfn))
                    anon++;
                else
                    file++;
            }
        }
        if (anon != mm.RssAnon || file != mm.RssFile)
            Report($"mm {mm.Id}: rss says anon {mm.RssAnon} file {mm.RssFile}, page tables map anon {anon} file {file}");
        return tables;
    }

    private void CheckFrames()
    {
        long allocated = 0, charged = 0;
        for (long pfn = 0; pfn < _pm.FrameCount; pfn++)
        {
            ref StructPage page = ref _pm.Memmap[pfn];
            if ((page.Flags & (long)PageFlags.Allocated) == 0)
            {
                if (!IsClear(page) || _map[pfn] != 0)
                    Report($"frame {pfn}: free but its struct page is not clear or it is mapped");
                continue;
            }
            allocated++;
            if (page.MapcountBiased + 1 != _map[pfn])
                Report($"frame {pfn}: mapcount {page.MapcountBiased + 1}, PTEs map it {_map[pfn]} times");
            if (page.CompoundHead != 0)
            {
                if (page.RefCount != 0)
                    Report($"frame {pfn}: tail page with refcount {page.RefCount}");
                continue;
            }
            CheckHead(pfn, ref page, ref charged);
        }
        if (_pm.Allocator.FreeFrames + allocated != _pm.FrameCount)
            Report($"frames: {_pm.Allocator.FreeFrames} free + {allocated} allocated != {_pm.FrameCount}: frames lost");
        if (_pm.Memcg.ChargedPages != charged)
            Report($"memcg charged {_pm.Memcg.ChargedPages} pages, charged folios hold {charged}");
    }

    private void CheckHead(long pfn, ref StructPage page, ref long charged)
    {
        bool large = (page.Flags & (long)PageFlags.Head) != 0;
        if (page.MemcgData != 0)
            charged += large ? 1L << _pm.Memmap[pfn + 1].FolioOrder : 1;
        if (page.RefCount != _refs[pfn])
            Report($"frame {pfn}: refcount {page.RefCount}, expected {_refs[pfn]}{(_refs[pfn] == 0 ? " (leaked)" : "")}");
        if (large)
        {
            ref StructPage second = ref _pm.Memmap[pfn + 1];
            int largeMappings = _pm.LargeMapcountEra ? _large[pfn] : 0; // unused (biased 0) before 6.11
            if (second.EntireMapcount + 1 != _entire[pfn] || second.LargeMapcount + 1 != largeMappings || second.PinCount != _pins[pfn])
                Report($"folio {pfn}: entire/large mapcount {second.EntireMapcount + 1}/{second.LargeMapcount + 1} pincount {second.PinCount}, expected {_entire[pfn]}/{largeMappings}/{_pins[pfn]}");
        }
        int order = large ? _pm.Memmap[pfn + 1].FolioOrder : 0;
        for (long p = pfn; p < pfn + (1L << order); p++)
        {
            int mappings = _map[p] + (p == pfn ? _entire[pfn] : 0);
            if (_pm.IsAnonExclusive(p) && mappings > 1)
                Report($"frame {p}: AnonExclusive but mapped {mappings} times");
        }
    }

    private static bool IsClear(in StructPage page) =>
        page.Flags == 0 && page.RefCount == 0 && page.MapcountBiased == 0 && page.CompoundHead == 0
        && page.FolioOrder == 0 && page.EntireMapcount == 0 && page.LargeMapcount == 0 && page.PinCount == 0
        && page.MemcgData == 0;

    private void Report(string violation)
    {
        if (_violations.Count < MaxReported)
            _violations.Add(violation);
    }
}
