using ForkBench.Native.Processes;

namespace ForkBench.Native.Tests.Processes;

public sealed class VmFlagParserTests
{
    [Theory]
    [InlineData("dc", VmFlag.DontCopy)]
    [InlineData("wf", VmFlag.WipeOnFork)]
    [InlineData("sh", VmFlag.Shared)]
    [InlineData("hg", VmFlag.HugePage)]
    [InlineData("nh", VmFlag.NoHugePage)]
    [InlineData("io", VmFlag.Io)]
    [InlineData("pf", VmFlag.PfnMap)]
    [InlineData("dd", VmFlag.DontDump)]
    [InlineData("lo", VmFlag.Locked)]
    [InlineData("ht", VmFlag.Hugetlb)]
    [InlineData("uw", VmFlag.UffdWp)]
    public void Each_code_names_its_flag(string code, VmFlag flag)
    {
        Assert.Equal(flag, VmFlagParser.Parse([code]));
        Assert.Equal(code, VmFlagParser.Code(flag));
    }

    [Fact]
    public void Reads_a_whole_line_and_ignores_unknown_codes()
    {
        VmFlag flags = VmFlagParser.Parse("rd wr mr mw me dc ac nh zz".Split(' '));

        Assert.Equal(VmFlag.Read | VmFlag.Write | VmFlag.MayRead | VmFlag.MayWrite | VmFlag.MayExec
            | VmFlag.DontCopy | VmFlag.Account | VmFlag.NoHugePage, flags);
    }
}
