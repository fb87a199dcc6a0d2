using ForkBench.Native.Host;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Host;

public sealed class ThpSettingParserTests
{
    [Theory]
    [InlineData("thp-enabled.txt", "madvise")]
    [InlineData("thp-defrag.txt", "madvise")]
    [InlineData("thp-shmem_enabled.txt", "never")]
    [InlineData("thp-hugepages-64kB-enabled.txt", "never")]
    [InlineData("thp-hugepages-2048kB-enabled.txt", "inherit")]
    [InlineData("thp-hpage_pmd_size.txt", "2097152")]
    public void Reads_the_active_choice_of_captured_sysfs_files(string file, string expected) =>
        Assert.Equal(expected, ThpSettingParser.Selected(Fixture.Read(file)));

    [Fact]
    public void Lists_every_choice()
    {
        Assert.Equal(["always", "inherit", "madvise", "never"], ThpSettingParser.Choices(Fixture.Read("thp-hugepages-64kB-enabled.txt")));
    }
}
