using System.Runtime.InteropServices;

namespace ForkBench.Kernel.Memory;

/// <summary>
/// Host memory for the model's large arrays (the memmap, the page-table
/// pool, the page data), backed by transparent huge pages where the host
/// allows it. The kernel reaches those through mappings of huge pages:
/// struct pages through the vmemmap, page tables and page data through the
/// direct map (x86-64 maps both with 2 MiB or 1 GiB pages), so its fork
/// takes no TLB miss per 4 KiB of them; on 4 KiB host pages the model's
/// fork would, and inside a VM each such miss is a two-level page walk
/// whose cost depends on where the host put the memory. It also makes the
/// first touch of a 1 GiB region 512 host faults instead of 262144 (a
/// pinned 1 GiB model fork's first copy took 1.4 s, then about 0.3 s, on
/// a 2-core VM), which was most of a pinned case's set-up.
/// </summary>
public static unsafe partial class HugePageBacking
{
    /// <summary>The huge page size the region is aligned to (x86-64 and arm64 with 4 KiB pages).</summary>
    private const nuint HugePageBytes = 2 * 1024 * 1024;

    /// <summary>madvise() advice from &lt;linux/mman.h&gt;.</summary>
    private const int MadvHugepage = 14;

    /// <summary>
    /// Reserves <paramref name="bytes"/> and, from one huge page up, aligns
    /// them to a huge page and asks for huge pages. Where the host refuses
    /// (no THP, THP "never", not Linux) the region is ordinary memory: only
    /// timings differ. Smaller regions (the tests' small machines) get
    /// <paramref name="alignment"/> alone. Free with <see cref="Free"/>.
    /// </summary>
    public static void* Allocate(nuint bytes, nuint alignment)
    {
        if (bytes < HugePageBytes)
            return NativeMemory.AlignedAlloc(bytes, alignment);
        void* region = NativeMemory.AlignedAlloc(bytes, HugePageBytes);
        if (OperatingSystem.IsLinux())
            _ = Madvise(region, bytes, MadvHugepage);
        return region;
    }

    public static void Free(void* region) => NativeMemory.AlignedFree(region);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
