namespace ForkBench.Kernel.Memory;

/// <summary>
/// The page allocator, reduced to what fork needs. Memory is a set of 2 MiB
/// blocks (512 frames); a block is handed out whole (PMD-mapped THP) or split
/// into folios of one order, which return to that order's free stack. No
/// merging: the model never needs a block back once it has been split.
/// Small frames come out in the order <see cref="FramePlacement"/> asks for.
/// GFP_ATOMIC allocations draw on a bounded reserve (the min watermark's
/// emergency pool); a sleeping allocation fails only when memory is gone.
/// </summary>
public sealed class FrameAllocator
{
    public const int BlockOrder = 9;
    public const int BlockFrames = 1 << BlockOrder;

    /// <summary>How many blocks a scattered refill shuffles together (128 MiB).</summary>
    public const int ScatterWindowBlocks = 64;

    private readonly int[]?[] _free = new int[BlockOrder + 1][];
    private readonly int[] _top = new int[BlockOrder + 1];
    private readonly long _frameCount;
    private readonly FramePlacement _placement;
    private readonly Random _random;

    public long FreeFrames { get; private set; }

    public long AtomicReserveLimit { get; }

    public long AtomicReserveLeft { get; private set; }

    public FrameAllocator(long frameCount, FramePlacement placement, int seed, long atomicReserve)
    {
        if (frameCount % BlockFrames != 0)
            throw new ArgumentException("frame count must be a whole number of 2 MiB blocks", nameof(frameCount));
        _frameCount = frameCount;
        _placement = placement;
        _random = new Random(seed);
        AtomicReserveLimit = AtomicReserveLeft = atomicReserve;
        int blocks = checked((int)(frameCount / BlockFrames));
        var blockStack = _free[BlockOrder] = new int[blocks];
        for (int i = 0; i < blocks; i++)
            blockStack[i] = (blocks - 1 - i) * BlockFrames; // lowest block on top
        _top[BlockOrder] = blocks;
        _free[0] = new int[frameCount];
        FreeFrames = frameCount;
    }

    /// <summary>Bytes held by the free stacks created so far.</summary>
    public long StackBytes => _free.Sum(stack => (long)(stack?.Length ?? 0) * sizeof(int));

    /// <summary>alloc_pages(): a folio of 2^order frames, or false when the request cannot be met.</summary>
    public bool TryAllocate(int order, AllocationKind kind, out long headPfn)
    {
        headPfn = -1;
        if ((uint)order > BlockOrder)
            throw new ArgumentOutOfRangeException(nameof(order));
        long frames = 1L << order;
        if (kind == AllocationKind.Atomic && AtomicReserveLeft < frames)
            return false;
        if (_top[order] == 0 && !Refill(order))
            return false;
        headPfn = _free[order]![--_top[order]];
        FreeFrames -= frames;
        if (kind == AllocationKind.Atomic)
            AtomicReserveLeft -= frames;
        return true;
    }

    /// <summary>__free_pages(): the folio returns to its order's free stack; the atomic reserve refills.</summary>
    public void Free(long headPfn, int order)
    {
        long frames = 1L << order;
        _free[order]![_top[order]++] = (int)headPfn;
        FreeFrames += frames;
        // Refill without overflow: an unlimited reserve is long.MaxValue.
        AtomicReserveLeft = AtomicReserveLimit - AtomicReserveLeft <= frames ? AtomicReserveLimit : AtomicReserveLeft + frames;
    }

    private bool Refill(int order)
    {
        if (order == BlockOrder || _top[BlockOrder] == 0)
            return false;
        var stack = _free[order] ??= new int[_frameCount >> order];
        int blocks = order == 0 && _placement == FramePlacement.Scattered
            ? Math.Min(ScatterWindowBlocks, _top[BlockOrder])
            : 1;
        int start = _top[order];
        int perBlock = BlockFrames >> order;
        for (int b = 0; b < blocks; b++)
        {
            int block = _free[BlockOrder]![--_top[BlockOrder]];
            for (int i = perBlock - 1; i >= 0; i--) // pushed high to low, so pops ascend
                stack[_top[order]++] = block + (i << order);
        }
        if (blocks > 1)
            _random.Shuffle(stack.AsSpan(start, _top[order] - start));
        return true;
    }
}
