using ForkBench.Native.Host;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Host;

public sealed class SmapsParserTests
{
    private const ulong ThpStart = 0x7fc22f600000;
    private const ulong ThpEnd = 0x7fc230600000;

    [Fact]
    public void Parses_every_mapping_of_the_captured_excerpt()
    {
        IReadOnlyList<SmapsMapping> mappings = SmapsParser.Parse(Fixture.Read("smaps.txt"));

        Assert.Equal(5, mappings.Count);
        Assert.Equal("[heap]", mappings[0].Name);
        Assert.Equal("", mappings[1].Name);
        Assert.EndsWith("libc.so.6", mappings[2].Name, StringComparison.Ordinal);
        Assert.Equal("r-xp", mappings[2].Permissions);
    }

    [Fact]
    public void Reads_the_THP_coverage_of_a_madvised_range()
    {
        IReadOnlyList<SmapsMapping> mappings = SmapsParser.Parse(Fixture.Read("smaps.txt"));

        SmapsMapping thp = Assert.Single(mappings, m => m.Start == ThpStart);
        Assert.Equal(ThpEnd, thp.End);
        Assert.Equal(16L << 20, thp.FieldOrZero("AnonHugePages"));
        Assert.Equal(16L << 20, thp.FieldOrZero("Rss"));
        Assert.Contains("hg", thp.VmFlags);
        Assert.Equal(16L << 20, SmapsParser.SumField(mappings, ThpStart, ThpEnd, "AnonHugePages"));
    }

    [Fact]
    public void Sums_nothing_outside_the_range()
    {
        IReadOnlyList<SmapsMapping> mappings = SmapsParser.Parse(Fixture.Read("smaps.txt"));

        Assert.Equal(0, SmapsParser.SumField(mappings, ThpStart, ThpStart + 4096, "AnonHugePages"));
    }

    [Fact]
    public void Unitless_fields_are_kept_as_numbers()
    {
        SmapsMapping thp = SmapsParser.Parse(Fixture.Read("smaps.txt"))[1];

        Assert.Equal(1, thp.FieldOrZero("THPeligible"));
    }

    [Fact]
    public void Keeps_offset_device_and_inode_of_each_header()
    {
        IReadOnlyList<SmapsMapping> mappings = SmapsParser.Parse(Fixture.Read("helper-smaps.txt"));

        SmapsMapping shared = Assert.Single(mappings, m => m.Start == HelperFixture.Shared);
        Assert.Equal(0x200000UL, shared.Offset);
        Assert.Equal("00:01", shared.Device);
        Assert.Equal(6484UL, shared.Inode);
        Assert.Equal("/dev/zero (deleted)", shared.Name);
        SmapsMapping anonymous = Assert.Single(mappings, m => m.Start == HelperFixture.Pinned4K);
        Assert.Equal(0UL, anonymous.Inode);
        Assert.Equal("00:00", anonymous.Device);
        Assert.Equal(64L << 20, anonymous.SizeBytes);
    }

    [Fact]
    public void A_field_the_kernel_does_not_print_is_absent_not_zero()
    {
        SmapsMapping mapping = Assert.Single(SmapsParser.Parse("7f0000000000-7f0000001000 rw-p 00000000 00:00 0 \nRss:  4 kB\n"));

        Assert.Equal(4096, mapping.FieldOrNull("Rss"));
        Assert.Null(mapping.FieldOrNull("AnonHugePages"));
        Assert.Null(mapping.FieldOrNull("THPeligible"));
    }
}
