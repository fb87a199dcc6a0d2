using System.Globalization;
using ForkBench.Kernel.Memory;

namespace ForkBench.Kernel.Tests.Memory;

public unsafe class HugePageBackingTests
{
    private const long Region = 8L * 1024 * 1024;

    [Fact]
    public void The_page_data_region_is_aligned_to_a_huge_page_and_holds_what_is_written()
    {
        byte* region = (byte*)HugePageBacking.Allocate((nuint)Region, 64);
        try
        {
            Assert.Equal(0, (long)region % (2 * 1024 * 1024));
            region[0] = 1;
            region[Region - 1] = 2;
            Assert.Equal(1, region[0]);
            Assert.Equal(2, region[Region - 1]);
        }
        finally
        {
            HugePageBacking.Free(region);
        }
    }

    [Fact]
    public void A_region_under_a_huge_page_gets_the_alignment_asked_for()
    {
        byte* region = (byte*)HugePageBacking.Allocate(4096, 4096);
        try
        {
            Assert.Equal(0, (long)region % 4096);
            region[4095] = 3;
            Assert.Equal(3, region[4095]);
        }
        finally
        {
            HugePageBacking.Free(region);
        }
    }

    /// <summary>
    /// Where the host has THP in "madvise" or "always" mode, the region's
    /// mapping is eligible for huge pages (/proc/self/smaps "THPeligible: 1");
    /// "never" (or no THP at all) must leave it an ordinary, usable region.
    /// </summary>
    [Fact]
    public void The_region_is_eligible_for_transparent_huge_pages_where_the_host_allows_them()
    {
        if (!OperatingSystem.IsLinux())
            return;
        string enabled = File.Exists("/sys/kernel/mm/transparent_hugepage/enabled")
            ? File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled")
            : "[never]";
        bool allowed = !enabled.Contains("[never]", StringComparison.Ordinal);
        byte* region = (byte*)HugePageBacking.Allocate((nuint)Region, 64);
        try
        {
            region[0] = 1;
            string? eligible = SmapsFieldOf((long)region, "THPeligible:");
            Assert.NotNull(eligible);
            Assert.Equal(allowed ? "1" : "0", eligible);
        }
        finally
        {
            HugePageBacking.Free(region);
        }
    }

    /// <summary>A field of the /proc/self/smaps entry whose range holds <paramref name="address"/>.</summary>
    private static string? SmapsFieldOf(long address, string field)
    {
        bool inside = false;
        foreach (string line in File.ReadLines("/proc/self/smaps"))
        {
            string first = line.Split(' ')[0];
            int dash = first.IndexOf('-');
            if (dash > 0 && IsHex(first[..dash]) && IsHex(first[(dash + 1)..]))
            {
                long start = long.Parse(first[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                long end = long.Parse(first[(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                inside = start <= address && address < end;
            }
            else if (inside && line.StartsWith(field, StringComparison.Ordinal))
                return line[field.Length..].Trim();
        }
        return null;
    }

    private static bool IsHex(string s) => s.Length > 0 && s.All(Uri.IsHexDigit);
}
