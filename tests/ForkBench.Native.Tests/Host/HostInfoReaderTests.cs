using ForkBench.Native.Host;
using ForkBench.Native.Tests.Support;
using ForkBench.Results.Hosts;

namespace ForkBench.Native.Tests.Host;

/// <summary>The host a result document records, from the one host reader over captured files.</summary>
public class HostInfoReaderTests
{
    private static Dictionary<string, string> CapturedVm() => new()
    {
        ["/proc/cpuinfo"] = Fixture.Read("vm-2cpu/cpuinfo"),
        ["/proc/meminfo"] = Fixture.Read("vm-2cpu/meminfo"),
        ["/proc/sys/kernel/osrelease"] = Fixture.Read("vm-2cpu/osrelease"),
        ["/sys/kernel/mm/transparent_hugepage/enabled"] = Fixture.Read("vm-2cpu/thp-enabled"),
        ["/sys/kernel/mm/transparent_hugepage/defrag"] = Fixture.Read("vm-2cpu/thp-defrag"),
        ["/sys/devices/system/cpu/online"] = Fixture.Read("vm-2cpu/cpu-online"),
        ["/proc/sys/kernel/io_uring_disabled"] = "0\n",
    };

    private static HostInfo Read(Dictionary<string, string> files, string dotnet = "10.0.1", int fallbackCpus = 99) =>
        HostInfoReader.From(HostProbe.Capture(path => files.GetValueOrDefault(path), fallbackCpus), dotnet);

    [Fact]
    public void Reads_a_captured_virtual_machine()
    {
        HostInfo host = Read(CapturedVm());

        Assert.Equal("Intel(R) Xeon(R) Processor", host.CpuModel);
        Assert.Equal(2, host.Cores);
        Assert.Equal(24730032L * 1024, host.MemoryBytes);
        Assert.Equal("6.18.44-fc-v445", host.KernelRelease);
        Assert.Equal(new ThpSettings("madvise", "madvise"), host.TransparentHugePages);
        Assert.Equal("vm", host.Virtualization);
        Assert.Equal("10.0.1", host.DotnetVersion);
        Assert.Equal("0", host.IoUringDisabled);
        // The id of the committed baselines of this machine: reading the host one way keeps it.
        Assert.Equal("intel-xeon-processor-2c-24g-k6.18-vm-8e81608e", host.Id);
    }

    [Fact]
    public void Missing_files_give_unknown_values_not_exceptions()
    {
        HostInfo host = Read([], fallbackCpus: 3);

        Assert.Equal("unknown", host.CpuModel);
        Assert.Equal("unknown", host.KernelRelease);
        Assert.Equal(3, host.Cores);
        Assert.Equal(0, host.MemoryBytes);
        Assert.Equal(new ThpSettings("unavailable", "unavailable"), host.TransparentHugePages);
        Assert.Equal("none", host.Virtualization);
        Assert.Equal("absent", host.IoUringDisabled);
    }

    [Fact]
    public void The_id_ignores_fields_that_are_not_part_of_the_machine()
    {
        var files = new Dictionary<string, string>
        {
            ["/proc/cpuinfo"] = Fixture.Read("vm-2cpu/cpuinfo"),
            ["/proc/meminfo"] = "MemTotal:       24630032 kB\n",
            ["/proc/sys/kernel/osrelease"] = "6.18.50-other-build\n",
            ["/sys/kernel/mm/transparent_hugepage/enabled"] = "[always] madvise never\n",
        };

        Assert.Equal(Read(CapturedVm(), fallbackCpus: 2).Id, Read(files, "10.0.7", fallbackCpus: 2).Id);
    }
}
