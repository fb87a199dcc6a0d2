using ForkBench.Results.Hosts;

namespace ForkBench.Native.Host;

/// <summary>
/// The host as a result document records it, made from the one host reader
/// (<see cref="HostProbe"/>): the stable fields that derive the host id, and
/// beside them the facts that change what a native run can do (io_uring,
/// memlock, CAP_IPC_LOCK, the mTHP knobs).
/// </summary>
public static class HostInfoReader
{
    /// <param name="dotnetVersion">The runtime's version (Environment.Version), compared between runs.</param>
    public static HostInfo From(HostDescription host, string dotnetVersion)
    {
        string id = HostIdDeriver.Derive(host.CpuModel, host.LogicalCpus, host.MemTotalBytes, host.KernelRelease, host.Virtualization);
        return new HostInfo(id, host.KernelRelease, host.CpuModel, host.LogicalCpus, host.MemTotalBytes,
            new ThpSettings(host.ThpEnabled, host.ThpDefrag), host.Virtualization, dotnetVersion)
        {
            IoUringDisabled = host.IoUringDisabled,
            MemlockLimit = MemlockText(host.MemlockSoftBytes, host.MemlockHardBytes),
            CapIpcLock = host.HasCapIpcLock,
            MthpEnabled = host.MthpEnabled.Count > 0 ? host.MthpEnabled : null,
        };
    }

    /// <summary>The host this process runs on.</summary>
    public static HostInfo ReadCurrent() => From(HostProbe.Capture(), Environment.Version.ToString());

    /// <summary>"soft/hard" in bytes, each "unlimited" when there is no limit.</summary>
    private static string MemlockText(long? soft, long? hard) =>
        $"{(soft is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unlimited")}/{(hard is { } h ? h.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unlimited")}";
}
