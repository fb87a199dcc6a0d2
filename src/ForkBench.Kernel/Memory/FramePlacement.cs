namespace ForkBench.Kernel.Memory;

/// <summary>Where consecutive small-page allocations land in the memmap.</summary>
public enum FramePlacement
{
    /// <summary>Consecutive frames: neighbouring PTEs touch neighbouring struct pages (best locality).</summary>
    Contiguous,

    /// <summary>A seeded shuffle over a 128 MiB window: each PTE touches a struct page line far from the last.</summary>
    Scattered,
}
