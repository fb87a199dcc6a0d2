using ForkBench.Results.IO;

namespace ForkBench.Results.Hosts;

/// <summary>
/// Describes the host from /proc and /sys through an injected file source,
/// so it is pure over file contents and tested on captured fixtures. A
/// missing file gives "unknown"/"unavailable", never an exception: a run on
/// an odd machine is still worth recording.
/// </summary>
public static class HostInfoReader
{
    public const string Unknown = "unknown";

    /// <param name="files">Where /proc and /sys are read from.</param>
    /// <param name="dotnetVersion">The runtime's version (the caller passes Environment.Version).</param>
    /// <param name="fallbackCores">Used when neither /sys nor /proc names the CPUs.</param>
    public static HostInfo Read(ITextFileSource files, string dotnetVersion, int fallbackCores)
    {
        string cpuinfo = files.TryReadText("/proc/cpuinfo") ?? "";
        string kernelRelease = files.TryReadText("/proc/sys/kernel/osrelease")?.Trim() is { Length: > 0 } release ? release : Unknown;
        string cpuModel = CpuInfoParser.CpuModel(cpuinfo);
        int cores = ReadCores(files, cpuinfo) ?? fallbackCores;
        long memoryBytes = MemInfoParser.MemTotalBytes(files.TryReadText("/proc/meminfo") ?? "") ?? 0;
        var thp = new ThpSettings(
            Choice(files, "/sys/kernel/mm/transparent_hugepage/enabled"),
            Choice(files, "/sys/kernel/mm/transparent_hugepage/defrag"));
        string virtualization = VirtualizationDetector.Detect(
            CpuInfoParser.HasHypervisorFlag(cpuinfo),
            files.TryReadText("/sys/class/dmi/id/sys_vendor"),
            files.TryReadText("/sys/class/dmi/id/product_name"),
            files.TryReadText("/sys/hypervisor/type"),
            kernelRelease);
        string id = HostIdDeriver.Derive(cpuModel, cores, memoryBytes, kernelRelease, virtualization);
        return new HostInfo(id, kernelRelease, cpuModel, cores, memoryBytes, thp, virtualization, dotnetVersion);
    }

    /// <summary>The host this process runs on.</summary>
    public static HostInfo ReadCurrent() =>
        Read(SystemTextFileSource.Instance, Environment.Version.ToString(), Environment.ProcessorCount);

    private static int? ReadCores(ITextFileSource files, string cpuinfo)
    {
        if (files.TryReadText("/sys/devices/system/cpu/online") is { } online && CpuListParser.Count(online) is { } count)
            return count;
        int processors = CpuInfoParser.ProcessorCount(cpuinfo);
        return processors > 0 ? processors : null;
    }

    private static string Choice(ITextFileSource files, string path) =>
        files.TryReadText(path) is { } text && SysfsChoiceParser.Selected(text) is { } selected
            ? selected
            : ThpSettings.Unavailable;
}
