using ForkBench.Results.Hosts;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Hosts;

public class HostInfoReaderTests
{
    private static FakeFileSource CapturedVm() => new(new Dictionary<string, string>
    {
        ["/proc/cpuinfo"] = Fixture.Text("proc/vm-2cpu/cpuinfo"),
        ["/proc/meminfo"] = Fixture.Text("proc/vm-2cpu/meminfo"),
        ["/proc/sys/kernel/osrelease"] = Fixture.Text("proc/vm-2cpu/osrelease"),
        ["/sys/kernel/mm/transparent_hugepage/enabled"] = Fixture.Text("proc/vm-2cpu/thp-enabled"),
        ["/sys/kernel/mm/transparent_hugepage/defrag"] = Fixture.Text("proc/vm-2cpu/thp-defrag"),
        ["/sys/devices/system/cpu/online"] = Fixture.Text("proc/vm-2cpu/cpu-online"),
    });

    [Fact]
    public void Reads_a_captured_virtual_machine()
    {
        HostInfo host = HostInfoReader.Read(CapturedVm(), "10.0.1", fallbackCores: 99);

        Assert.Equal("Intel(R) Xeon(R) Processor", host.CpuModel);
        Assert.Equal(2, host.Cores);
        Assert.Equal(24730032L * 1024, host.MemoryBytes);
        Assert.Equal("6.18.44-fc-v445", host.KernelRelease);
        Assert.Equal(new ThpSettings("madvise", "madvise"), host.TransparentHugePages);
        Assert.Equal("vm", host.Virtualization);
        Assert.Equal("10.0.1", host.DotnetVersion);
        Assert.StartsWith("intel-xeon-processor-2c-24g-k6.18-vm-", host.Id);
    }

    [Fact]
    public void Missing_files_give_unknown_values_not_exceptions()
    {
        HostInfo host = HostInfoReader.Read(new FakeFileSource(new Dictionary<string, string>()), "10.0.1", fallbackCores: 3);

        Assert.Equal("unknown", host.CpuModel);
        Assert.Equal("unknown", host.KernelRelease);
        Assert.Equal(3, host.Cores);
        Assert.Equal(0, host.MemoryBytes);
        Assert.Equal(new ThpSettings("unavailable", "unavailable"), host.TransparentHugePages);
        Assert.Equal("none", host.Virtualization);
    }

    [Fact]
    public void The_id_ignores_fields_that_are_not_part_of_the_machine()
    {
        var files = new Dictionary<string, string>
        {
            ["/proc/cpuinfo"] = Fixture.Text("proc/vm-2cpu/cpuinfo"),
            ["/proc/meminfo"] = "MemTotal:       24630032 kB\n",
            ["/proc/sys/kernel/osrelease"] = "6.18.50-other-build\n",
            ["/sys/kernel/mm/transparent_hugepage/enabled"] = "[always] madvise never\n",
        };
        HostInfo other = HostInfoReader.Read(new FakeFileSource(files), "10.0.7", fallbackCores: 2);
        HostInfo captured = HostInfoReader.Read(CapturedVm(), "10.0.1", fallbackCores: 2);

        Assert.Equal(captured.Id, other.Id);
    }
}
