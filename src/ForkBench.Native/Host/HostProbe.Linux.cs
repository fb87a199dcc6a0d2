using System.Globalization;
using System.Runtime.InteropServices;
using ForkBench.Native.Memory;

namespace ForkBench.Native.Host;

/// <summary>
/// Reads the host description from /proc and /sys. The parsing lives in pure
/// parsers; this class only finds the files and tolerates missing ones.
/// </summary>
public static class HostProbe
{
    /// <summary>The directory of the THP sysfs knobs.</summary>
    public const string ThpDirectory = "/sys/kernel/mm/transparent_hugepage";

    public static HostDescription Capture() => Capture(ReadOrNull);

    /// <param name="read">Returns a file's text, or null when it does not exist or cannot be read.</param>
    public static HostDescription Capture(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        CpuInfo cpu = read("/proc/cpuinfo") is { } cpuText ? CpuInfoParser.Parse(cpuText) : new CpuInfo(null, 0, false);
        MemInfo? memory = read("/proc/meminfo") is { } memText ? MemInfoParser.Parse(memText) : null;
        MemlockLimit memlock = read("/proc/self/limits") is { } limits ? ProcLimitsParser.Memlock(limits) : new MemlockLimit(null, null);
        string? status = read("/proc/self/status");
        return new HostDescription
        {
            KernelRelease = read("/proc/sys/kernel/osrelease")?.Trim() ?? "unknown",
            Architecture = RuntimeInformation.ProcessArchitecture.ToString(),
            CpuModel = cpu.ModelName ?? "unknown",
            LogicalCpus = cpu.LogicalProcessors > 0 ? cpu.LogicalProcessors : Environment.ProcessorCount,
            MemTotalBytes = memory?.TotalBytes ?? 0,
            MemAvailableBytes = memory?.AvailableBytes ?? 0,
            PageSizeBytes = Environment.SystemPageSize,
            ThpEnabled = Setting(read, $"{ThpDirectory}/enabled"),
            ThpDefrag = Setting(read, $"{ThpDirectory}/defrag"),
            ThpShmemEnabled = Setting(read, $"{ThpDirectory}/shmem_enabled"),
            MthpEnabled = MthpSettings(read),
            IoUringDisabled = read("/proc/sys/kernel/io_uring_disabled")?.Trim() ?? "absent",
            MemlockSoftBytes = memlock.SoftBytes,
            MemlockHardBytes = memlock.HardBytes,
            HasCapIpcLock = status is not null && ProcStatusParser.HasCapability(status, ProcStatusParser.CapIpcLock),
            Virtualization = VirtualizationDescriber.Describe(cpu.HypervisorFlag, read("/sys/hypervisor/type"),
                read("/sys/class/dmi/id/sys_vendor"), read("/sys/class/dmi/id/product_name")),
            LoadAverage = read("/proc/loadavg") is { } load ? string.Join(' ', load.Split(' ').Take(3)) : "unknown",
            DotNetVersion = RuntimeInformation.FrameworkDescription,
        };
    }

    /// <summary>File text, or null if it is missing or unreadable (sysfs files vanish with kernel config).</summary>
    public static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Setting(Func<string, string?> read, string path) =>
        read(path) is { } text ? ThpSettingParser.Selected(text) : "absent";

    private static IReadOnlyDictionary<string, string> MthpSettings(Func<string, string?> read)
    {
        var settings = new SortedDictionary<string, string>(Comparer<string>.Create(CompareSizes));
        foreach (int kib in ThpSysfs.MthpSizesIn(ThpDirectory))
        {
            if (read($"{ThpDirectory}/hugepages-{kib}kB/enabled") is { } text)
                settings[$"{kib}kB"] = ThpSettingParser.Selected(text);
        }
        return settings;
    }

    private static int CompareSizes(string a, string b) =>
        int.Parse(a[..^2], CultureInfo.InvariantCulture).CompareTo(int.Parse(b[..^2], CultureInfo.InvariantCulture));
}
