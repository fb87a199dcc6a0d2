using ForkBench.Kernel.Memory;
using ForkBench.Kernel.Scenarios;
using System.Runtime.InteropServices;
using System.Threading;
using BenchmarkDotNet.Attributes;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// The physical floor of a COW copy: the least memory work any variant
/// must do per present PTE. Read the parent's 8-byte entry, take two locked
/// increments (refcount and mapcount: <c>Interlocked.Increment</c>) on the
/// frame's 64-byte line of an array as large as the memmap it stands for
/// (2.25 times the process, like the scenarios' machines, and like theirs on
/// huge pages where the host allows: <see cref="HugePageBacking"/>), write the
/// child's entry. No branches on page state, no bounds checks. With
/// <see cref="Wrprotect"/>, a third locked RMW write-protects the parent's
/// entry, as every variant does on a fork's first pass over writable PTEs.
/// Axes: size (64 MiB, 1 GiB; 4 GiB in the full job, one method each, so
/// OperationsPerInvoke is the PTE count) x placement x write-protect.
/// Twenty iterations in both presets: every "x Floor" divides by this mean,
/// and a floor invocation costs only milliseconds.
/// </summary>
[BenchmarkCategory("floor", "model")]
[IterationCount(20)]
public unsafe class PhysicalFloorBenchmarks : IModelBenchmark
{
    private const ulong PresentWriteDirtyYoung = 1 | 2 | 0x20 | 0x40;
    private const ulong WriteBit = 2;
    private const int PageShift = 12;
    private const ulong PfnMask = ((1UL << 40) - 1) << PageShift;

    private ulong* _parent;
    private ulong* _child;
    private byte* _memmap;
    private long _ptes;

    [ParamsSource(nameof(Placements))]
    public string Placement { get; set; } = PlacementParam.Contiguous;

    [Params(false, true)]
    public bool Wrprotect { get; set; }

    public static IEnumerable<string> Placements() => ModelParams.AllPlacements();

    /// <summary>The floor proper (two locked RMWs), as opposed to the write-protect variant.</summary>
    public bool IsFloor => !Wrprotect;

    [GlobalSetup(Target = nameof(Floor64MiB))]
    public void Setup64MiB() => SetUp(SizeParam.Ptes64MiB);

    [GlobalSetup(Target = nameof(Floor1GiB))]
    public void Setup1GiB() => SetUp(SizeParam.Ptes1GiB);

    [GlobalSetup(Target = nameof(Floor4GiB))]
    public void Setup4GiB() => SetUp(SizeParam.Ptes4GiB);

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes64MiB)]
    public void Floor64MiB() => CopyEntries();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes1GiB)]
    public void Floor1GiB() => CopyEntries();

    [Benchmark(OperationsPerInvoke = SizeParam.Ptes4GiB)]
    [BenchmarkCategory(ModelConfig.FullOnlyCategory)]
    public void Floor4GiB() => CopyEntries();

    [GlobalCleanup]
    public void CleanUp()
    {
        HugePageBacking.Free(_parent);
        HugePageBacking.Free(_child);
        HugePageBacking.Free(_memmap);
        _parent = _child = null;
        _memmap = null;
    }

    public ForkScenario? SpecFor(string method) => null;

    public CountedOperation CountedOperationFor(string method) => CountedOperation.None;

    public FloorKey? FloorKeyFor(string method) => new FloorKey(PtesOf(method), PlacementParam.Parse(Placement));

    /// <summary>The PTEs a floor method copies.</summary>
    public static long PtesOf(string method) => method switch
    {
        nameof(Floor64MiB) => SizeParam.Ptes64MiB,
        nameof(Floor1GiB) => SizeParam.Ptes1GiB,
        nameof(Floor4GiB) => SizeParam.Ptes4GiB,
        _ => throw new ArgumentException($"unknown floor method '{method}'", nameof(method)),
    };

    private void CopyEntries()
    {
        ulong* parent = _parent, child = _child;
        byte* memmap = _memmap;
        long n = _ptes;
        if (Wrprotect)
        {
            for (long i = 0; i < n; i++)
            {
                // As v5.8's copy_one_pte(): the entry is read plainly, the
                // write-protect is a locked RMW on it, and the struct page
                // address comes from the plain read (not from the RMW's
                // result, which would serialise every cache miss behind it).
                ulong pte = parent[i];
                Interlocked.And(ref parent[i], ~WriteBit);
                byte* line = memmap + (long)((pte & PfnMask) >> (PageShift - 6));
                Interlocked.Increment(ref *(int*)(line + 52));
                Interlocked.Increment(ref *(int*)(line + 48));
                child[i] = pte & ~WriteBit;
            }
            return;
        }
        for (long i = 0; i < n; i++)
        {
            ulong pte = parent[i];
            byte* line = memmap + (long)((pte & PfnMask) >> (PageShift - 6));
            Interlocked.Increment(ref *(int*)(line + 52)); // _refcount
            Interlocked.Increment(ref *(int*)(line + 48)); // _mapcount
            child[i] = pte;
        }
    }

    private void SetUp(long ptes)
    {
        ModelCancellation.ThrowIfRequested();
        _ptes = ptes;
        long frames = ptes * 9 / 4;
        _memmap = (byte*)HugePageBacking.Allocate((nuint)(frames * 64), 64);
        NativeMemory.Clear(_memmap, (nuint)(frames * 64));
        _parent = (ulong*)HugePageBacking.Allocate((nuint)(ptes * sizeof(ulong)), 4096);
        _child = (ulong*)HugePageBacking.Allocate((nuint)(ptes * sizeof(ulong)), 4096);
        NativeMemory.Clear(_child, (nuint)(ptes * sizeof(ulong)));
        long[] pfns = Frames(ptes, PlacementParam.Parse(Placement) == Kernel.Memory.FramePlacement.Scattered);
        for (long i = 0; i < ptes; i++)
            _parent[i] = ((ulong)pfns[i] << PageShift) | PresentWriteDirtyYoung;
    }

    /// <summary>
    /// The frames behind the entries: consecutive, or shuffled within
    /// 128 MiB windows as the model's scattered placement hands them out.
    /// </summary>
    public static long[] Frames(long ptes, bool scattered)
    {
        var pfns = new long[ptes];
        for (long i = 0; i < ptes; i++)
            pfns[i] = i;
        if (scattered)
        {
            const int window = 64 * 512;
            var random = new Random(1);
            for (long start = 0; start < ptes; start += window)
                random.Shuffle(pfns.AsSpan((int)start, (int)Math.Min(window, ptes - start)));
        }
        return pfns;
    }
}
