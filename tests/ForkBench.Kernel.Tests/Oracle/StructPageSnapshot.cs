using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.Tests.Oracle;

/// <summary>
/// A copy of every struct page, to compare before fork and after the child's
/// exit. PG_anon_exclusive is left out on purpose: fork clears it on pages it
/// shares, as the kernel does, and it returns only at the parent's next
/// write fault; every count and every other flag must come back.
/// </summary>
public static class StructPageSnapshot
{
    public static StructPage[] Take(Machine machine)
    {
        var pages = new StructPage[machine.Physical.FrameCount];
        for (long pfn = 0; pfn < pages.Length; pfn++)
        {
            pages[pfn] = machine.Physical.Memmap[pfn];
            pages[pfn].Flags &= ~(long)PageFlags.AnonExclusive;
        }
        return pages;
    }

    public static IReadOnlyList<string> Differences(StructPage[] before, StructPage[] after)
    {
        var differences = new List<string>();
        for (long pfn = 0; pfn < before.Length && differences.Count < 20; pfn++)
        {
            if (!before[pfn].Equals(after[pfn]))
            {
                differences.Add($"frame {pfn}: ref {before[pfn].RefCount}->{after[pfn].RefCount}, " +
                    $"mapcount {before[pfn].MapcountBiased + 1}->{after[pfn].MapcountBiased + 1}, flags {before[pfn].Flags}->{after[pfn].Flags}");
            }
        }
        return differences;
    }
}
