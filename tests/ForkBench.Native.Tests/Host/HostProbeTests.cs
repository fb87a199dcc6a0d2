using ForkBench.Native.Host;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Host;

public sealed class HostProbeTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["/proc/cpuinfo"] = "cpuinfo.txt",
        ["/proc/meminfo"] = "meminfo.txt",
        ["/proc/self/limits"] = "limits.txt",
        ["/proc/self/status"] = "status.txt",
        ["/sys/kernel/mm/transparent_hugepage/enabled"] = "thp-enabled.txt",
        ["/sys/kernel/mm/transparent_hugepage/defrag"] = "thp-defrag.txt",
        ["/sys/kernel/mm/transparent_hugepage/shmem_enabled"] = "thp-shmem_enabled.txt",
        ["/proc/loadavg"] = "loadavg.txt",
    };

    [Fact]
    public void Builds_the_description_from_captured_files()
    {
        HostDescription host = HostProbe.Capture(path => Files.TryGetValue(path, out string? name) ? Fixture.Read(name) : null);

        Assert.Equal("Intel(R) Xeon(R) Processor", host.CpuModel);
        Assert.Equal(2, host.LogicalCpus);
        Assert.Equal(24730032L * 1024, host.MemTotalBytes);
        Assert.Equal("madvise", host.ThpEnabled);
        Assert.Equal("never", host.ThpShmemEnabled);
        Assert.Equal(8L << 20, host.MemlockSoftBytes);
        Assert.True(host.HasCapIpcLock);
        Assert.Equal("vm", host.Virtualization);
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "loadavg.txt")).Split(' ')[0], host.LoadAverage.Split(' ')[0]);
    }

    [Fact]
    public void Missing_files_read_as_unknown_or_absent()
    {
        HostDescription host = HostProbe.Capture(_ => null);

        Assert.Equal("unknown", host.KernelRelease);
        Assert.Equal("unavailable", host.ThpEnabled);
        Assert.Equal("absent", host.IoUringDisabled);
        Assert.Null(host.MemlockSoftBytes);
        Assert.False(host.HasCapIpcLock);
    }

    [LinuxFact]
    public void Captures_this_host()
    {
        HostDescription host = HostProbe.Capture();

        Assert.NotEqual("unknown", host.KernelRelease);
        Assert.True(host.MemTotalBytes > 0);
        Assert.True(host.LogicalCpus > 0);
    }
}
