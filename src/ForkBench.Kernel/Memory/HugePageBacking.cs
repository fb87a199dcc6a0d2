using System.Runtime.InteropServices;

namespace ForkBench.Kernel.Memory;

/// <summary>
/// Host memory for the model's page data, backed by transparent huge pages
/// where the host allows it. The kernel copies a page through its direct
/// map, which x86-64 maps with huge pages, so copy_page() there takes no
/// TLB miss per 4 KiB page; the model's copy should not either. It also
/// makes the first touch of a 1 GiB region cost 512 host faults instead of
/// 262144 (1.4 s against about 0.3 s for a pinned 1 GiB model fork's
/// first copy on a 2-core VM), which is most of a pinned case's set-up.
/// </summary>
internal static unsafe partial class HugePageBacking
{
    /// <summary>The huge page size the region is aligned to (x86-64 and arm64 with 4 KiB pages).</summary>
    private const nuint HugePageBytes = 2 * 1024 * 1024;

    /// <summary>madvise() advice from &lt;linux/mman.h&gt;.</summary>
    private const int MadvHugepage = 14;

    /// <summary>
    /// Reserves <paramref name="bytes"/> aligned to a huge page and asks for
    /// huge pages. Where the host refuses (no THP, THP "never", not Linux)
    /// the region is ordinary memory: only the set-up time differs.
    /// </summary>
    public static byte* Allocate(nuint bytes)
    {
        var region = (byte*)NativeMemory.AlignedAlloc(bytes, HugePageBytes);
        if (OperatingSystem.IsLinux())
            _ = Madvise(region, bytes, MadvHugepage);
        return region;
    }

    public static void Free(byte* region) => NativeMemory.AlignedFree(region);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
