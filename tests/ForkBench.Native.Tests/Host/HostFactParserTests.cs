using ForkBench.Native.Host;

namespace ForkBench.Native.Tests.Host;

/// <summary>The CPU list and virtualisation parsers behind the host id.</summary>
public class HostFactParserTests
{
    [Theory]
    [InlineData("0-1", 2)]
    [InlineData("0", 1)]
    [InlineData("0-3,8,10-11\n", 7)]
    [InlineData("", null)]
    [InlineData("3-1", null)]
    [InlineData("a-b", null)]
    public void Cpu_lists(string list, int? expected) => Assert.Equal(expected, CpuListParser.Count(list));

    [Theory]
    [InlineData(false, null, null, null, "6.1.0", "none")]
    [InlineData(true, null, null, null, "6.1.0", "vm")]
    [InlineData(true, "QEMU", "Standard PC (Q35 + ICH9, 2009)", null, "6.1.0", "kvm")]
    [InlineData(true, "VMware, Inc.", "VMware Virtual Platform", null, "6.1.0", "vmware")]
    [InlineData(true, "Microsoft Corporation", "Virtual Machine", null, "6.1.0", "hyperv")]
    [InlineData(true, null, null, "xen\n", "6.1.0", "xen")]
    [InlineData(true, "Microsoft Corporation", "Virtual Machine", null, "5.15.153.1-microsoft-standard-WSL2", "wsl")]
    [InlineData(false, "Dell Inc.", "PowerEdge R650", null, "6.1.0", "none")]
    public void Virtualization(bool flag, string? vendor, string? product, string? hypervisor, string release, string expected) =>
        Assert.Equal(expected, VirtualizationDetector.Detect(flag, vendor, product, hypervisor, release));

    [Fact]
    public void Cpuinfo_without_model_name_falls_back_to_hardware_then_nothing()
    {
        Assert.Equal("BCM2835", CpuInfoParser.Parse("processor\t: 0\nHardware\t: BCM2835\n").ModelName);
        Assert.Null(CpuInfoParser.Parse("processor\t: 0\nflags\t: fpu\n").ModelName);
    }
}
