using ForkBench.Native.Host;
using ForkBench.Native.Processes;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Processes;

public sealed class VmaClassifierTests
{
    private static readonly IReadOnlyList<SmapsMapping> Mappings = SmapsParser.Parse(Fixture.Read("helper-smaps.txt"));

    [Theory]
    [InlineData(HelperFixture.Pinned4K, VmaKind.AnonPrivate)]
    [InlineData(HelperFixture.PinnedThp, VmaKind.AnonPrivate)]
    [InlineData(HelperFixture.Heap, VmaKind.AnonPrivate)]
    [InlineData(HelperFixture.Guard, VmaKind.AnonPrivate)]
    [InlineData(HelperFixture.Shared, VmaKind.AnonShared)]
    [InlineData(HelperFixture.Memfd, VmaKind.AnonShared)]
    [InlineData(HelperFixture.LibcData, VmaKind.FilePrivate)]
    [InlineData(HelperFixture.Vvar, VmaKind.Special)]
    public void Classifies_the_captured_mappings(ulong start, VmaKind kind)
    {
        SmapsMapping mapping = Mappings.Single(m => m.Start == start);

        Assert.Equal(kind, VmaClassifier.Classify(mapping, VmFlagParser.Parse(mapping.VmFlags)));
    }

    [Theory]
    [InlineData("rw-s", 7, "/dev/shm/buffer", "sh", VmaKind.FileShared)]
    [InlineData("rw-s", 8, "/SYSV00000000 (deleted)", "sh", VmaKind.AnonShared)]
    [InlineData("rw-p", 0, "[anon:arena]", "", VmaKind.AnonPrivate)]
    [InlineData("rw-p", 9, "/dev/hugepages/x", "ht", VmaKind.Hugetlb)]
    [InlineData("rw-s", 10, "/dev/infiniband/uverbs0", "sh io pf", VmaKind.Special)]
    [InlineData("r-xp", 0, "[vdso]", "", VmaKind.Special)]
    public void Classifies_other_kinds(string perms, ulong inode, string name, string flags, VmaKind kind)
    {
        var mapping = new SmapsMapping(0x1000, 0x2000, perms, name, new Dictionary<string, long>(), flags.Split(' ', StringSplitOptions.RemoveEmptyEntries)) { Inode = inode };

        Assert.Equal(kind, VmaClassifier.Classify(mapping, VmFlagParser.Parse(mapping.VmFlags)));
    }
}
