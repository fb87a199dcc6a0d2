using System.Globalization;
using System.Runtime.InteropServices;
using ForkBench.Native.Memory;

namespace ForkBench.Native.Host;

/// <summary>
/// The one reader of /proc and /sys for the host: everything a native sweep
/// and a result document say about the machine comes from here. The parsing
/// lives in pure parsers; this class only finds the files and tolerates
/// missing ones (a run on an odd machine is still worth recording).
/// </summary>
public static class HostProbe
{
    /// <summary>The directory of the THP sysfs knobs.</summary>
    public const string ThpDirectory = "/sys/kernel/mm/transparent_hugepage";

    public const string Unknown = "unknown";

    public static HostDescription Capture() => Capture(ReadOrNull);

    /// <param name="read">Returns a file's text, or null when it does not exist or cannot be read.</param>
    /// <param name="fallbackCpus">CPUs when neither /sys nor /proc names them (default: what .NET sees).</param>
    public static HostDescription Capture(Func<string, string?> read, int? fallbackCpus = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        CpuInfo cpu = read("/proc/cpuinfo") is { } cpuText ? CpuInfoParser.Parse(cpuText) : new CpuInfo(null, 0, false);
        MemInfo? memory = read("/proc/meminfo") is { } memText ? MemInfoParser.TryParse(memText) : null;
        MemlockLimit memlock = read("/proc/self/limits") is { } limits ? ProcLimitsParser.Memlock(limits) : new MemlockLimit(null, null);
        string? status = read("/proc/self/status");
        string kernelRelease = read("/proc/sys/kernel/osrelease")?.Trim() is { Length: > 0 } release ? release : Unknown;
        return new HostDescription
        {
            KernelRelease = kernelRelease,
            Architecture = RuntimeInformation.ProcessArchitecture.ToString(),
            CpuModel = cpu.ModelName ?? Unknown,
            LogicalCpus = OnlineCpus(read, cpu) ?? fallbackCpus ?? Environment.ProcessorCount,
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
            Virtualization = VirtualizationDetector.Detect(cpu.HypervisorFlag, read("/sys/class/dmi/id/sys_vendor"),
                read("/sys/class/dmi/id/product_name"), read("/sys/hypervisor/type"), kernelRelease),
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

    /// <summary>The CPUs online (/sys/devices/system/cpu/online), else those /proc/cpuinfo lists.</summary>
    private static int? OnlineCpus(Func<string, string?> read, CpuInfo cpu)
    {
        if (read("/sys/devices/system/cpu/online") is { } online && CpuListParser.Count(online) is { } count)
            return count;
        return cpu.LogicalProcessors > 0 ? cpu.LogicalProcessors : null;
    }

    private static string Setting(Func<string, string?> read, string path) =>
        read(path) is { } text && ThpSettingParser.Selected(text) is { Length: > 0 } selected ? selected : Results.Hosts.ThpSettings.Unavailable;

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
