using ForkBench.Native.Host;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Host;

public sealed class CpuInfoParserTests
{
    [Fact]
    public void Reads_model_count_and_hypervisor_flag_from_captured_cpuinfo()
    {
        CpuInfo cpu = CpuInfoParser.Parse(Fixture.Read("cpuinfo.txt"));

        Assert.Equal("Intel(R) Xeon(R) Processor", cpu.ModelName);
        Assert.Equal(2, cpu.LogicalProcessors);
        Assert.True(cpu.HypervisorFlag);
    }

    [Fact]
    public void Bare_metal_flags_have_no_hypervisor()
    {
        CpuInfo cpu = CpuInfoParser.Parse("processor\t: 0\nmodel name\t: Some CPU\nflags\t\t: fpu vme de pse\n");

        Assert.False(cpu.HypervisorFlag);
        Assert.Equal(1, cpu.LogicalProcessors);
    }

    [Fact]
    public void A_flag_that_merely_contains_the_word_does_not_count()
    {
        CpuInfo cpu = CpuInfoParser.Parse("processor\t: 0\nflags\t\t: fpu nothypervisor\n");

        Assert.False(cpu.HypervisorFlag);
    }
}
