using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.PageTables;

/// <summary>
/// Every PTE table of every modelled process: 512 eight-byte entries (4 KiB)
/// per table in one native block, plus one split PTE lock per table (the
/// kernel keeps it in the table page's ptdesc); the block is on huge pages where
/// the host allows, as the direct map is (<see cref="HugePageBacking"/>). Tables are handed out and
/// returned without touching the GC heap, so fork allocates nothing managed.
/// </summary>
public sealed unsafe class PageTablePool : IDisposable
{
    public const int EntriesPerTable = 512;

    private ulong* _entries;
    private int* _locks;
    private readonly int[] _freeStack;
    private int _freeTop;

    public int Capacity { get; }

    public int InUse => Capacity - _freeTop;

    public PageTablePool(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _entries = (ulong*)HugePageBacking.Allocate((nuint)capacity * EntriesPerTable * sizeof(ulong), 4096);
        NativeMemory.Clear(_entries, (nuint)capacity * EntriesPerTable * sizeof(ulong));
        _locks = (int*)NativeMemory.AllocZeroed((nuint)capacity, sizeof(int));
        _freeStack = new int[capacity];
        for (int i = 0; i < capacity; i++)
            _freeStack[i] = capacity - 1 - i;
        _freeTop = capacity;
    }

    /// <summary>pte_alloc_one(): an empty table, or -1 when the pool is exhausted.</summary>
    public int Allocate() => _freeTop == 0 ? -1 : _freeStack[--_freeTop];

    /// <summary>pte_free(): the table must already be empty (zap clears every entry it drops).</summary>
    public void Free(int table)
    {
        Span<ulong> entries = Table(table);
        if (entries.ContainsAnyExcept(0UL))
            throw new InvalidOperationException($"PTE table {table} freed while it still maps pages");
        _freeStack[_freeTop++] = table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<ulong> Table(int table) => new(_entries + (long)table * EntriesPerTable, EntriesPerTable);

    /// <summary>spin_lock() on the table's split lock: one locked compare-exchange.</summary>
    public void Lock(int table)
    {
        ref int word = ref _locks[table];
        if (Interlocked.CompareExchange(ref word, 1, 0) != 0)
            throw new InvalidOperationException($"PTE lock of table {table} taken twice (the model is single-threaded)");
    }

    /// <summary>spin_unlock(): a release store, no locked instruction (as on x86).</summary>
    public void Unlock(int table) => Volatile.Write(ref _locks[table], 0);

    public long Bytes => (long)Capacity * EntriesPerTable * sizeof(ulong);

    public void Dispose()
    {
        HugePageBacking.Free(_entries);
        NativeMemory.Free(_locks);
        _entries = null;
        _locks = null;
    }
}
