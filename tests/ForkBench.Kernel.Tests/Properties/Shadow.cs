using ForkBench.Kernel.Faults;

namespace ForkBench.Kernel.Tests.Properties;

/// <summary>
/// What every process should read at every address, kept without looking at
/// the model's page tables: private pages per process (copied at fork),
/// shared pages per shmem/file object (seen by every process mapping it),
/// and the initial contents where nothing was written (zero for anonymous
/// memory and shmem, the file's own stamp for a file page).
/// </summary>
internal sealed class Shadow
{
    /// <summary>One VMA as the shadow sees it.</summary>
    public sealed record Region(long Start, long Pages, VmaKind Kind, Advice Advice, int FileId)
    {
        public Dictionary<long, ulong> PrivatePages { get; init; } = [];

        public bool Shared => Kind is VmaKind.SharedAnon or VmaKind.FileShared;

        public bool Contains(long address) => address >= Start && address < Start + (Pages << Geometry.PageShift);
    }

    private readonly List<Region>[] _procs;
    private readonly Dictionary<int, Dictionary<long, ulong>> _sharedObjects = [];

    public Shadow(int slots)
    {
        _procs = new List<Region>[slots];
        for (int i = 0; i < slots; i++)
            _procs[i] = [];
    }

    public IReadOnlyList<Region> Regions(int proc) => _procs[proc];

    public void Map(int proc, long start, long pages, VmaKind kind, Advice advice, int fileId)
    {
        var region = new Region(start, pages, kind, advice, fileId);
        if (region.Shared)
            _sharedObjects.Add(fileId, []);
        _procs[proc].Add(region);
    }

    public void Write(int proc, long address, ulong stamp)
    {
        var region = RegionAt(proc, address);
        PagesOf(region)[PageIndex(region, address)] = stamp;
    }

    public ulong Expected(int proc, long address)
    {
        var region = RegionAt(proc, address);
        long page = PageIndex(region, address);
        if (PagesOf(region).TryGetValue(page, out ulong stamp))
            return stamp;
        bool regularFile = region.Kind is VmaKind.FilePrivate or VmaKind.FileShared;
        return regularFile ? FileFault.FileContentStamp(region.FileId, page) : 0;
    }

    /// <summary>Whether a read of <paramref name="holds"/> is what the process should see.</summary>
    public bool Matches(int proc, long address, ulong holds) => holds == Expected(proc, address);

    /// <summary>dup_mmap() semantics: DontCopy regions vanish, WipeOnFork ones start empty, private pages are copied, shared ones stay shared.</summary>
    public void Fork(int parent, int child)
    {
        foreach (var region in _procs[parent])
        {
            if (region.Advice == Advice.DontCopy)
                continue;
            Dictionary<long, ulong> pages = region.Shared || region.Advice == Advice.WipeOnFork ? [] : new(region.PrivatePages);
            _procs[child].Add(region with { PrivatePages = pages });
        }
    }

    public void Exit(int proc) => _procs[proc].Clear();

    public Region? Find(int proc, long address) => _procs[proc].FirstOrDefault(r => r.Contains(address));

    private Region RegionAt(int proc, long address) =>
        Find(proc, address) ?? throw new InvalidOperationException($"shadow: no region at 0x{address:x} in slot {proc}");

    private Dictionary<long, ulong> PagesOf(Region region) => region.Shared ? _sharedObjects[region.FileId] : region.PrivatePages;

    private static long PageIndex(Region region, long address) => (address - region.Start) >> Geometry.PageShift;
}
