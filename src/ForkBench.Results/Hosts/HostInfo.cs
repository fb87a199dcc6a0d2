namespace ForkBench.Results.Hosts;

/// <summary>
/// The machine a run was taken on. <see cref="Id"/> is derived from the
/// stable fields only (see <see cref="HostIdDeriver"/>) and names the
/// baseline directory results/baselines/&lt;id&gt;/.
/// </summary>
/// <param name="MemoryBytes">MemTotal from /proc/meminfo, in bytes.</param>
/// <param name="Virtualization">"none", a hypervisor ("kvm", "xen", "vmware", "hyperv", ...), "wsl", or "vm" when only the CPU's hypervisor flag says so.</param>
public sealed record HostInfo(
    string Id,
    string KernelRelease,
    string CpuModel,
    int Cores,
    long MemoryBytes,
    ThpSettings TransparentHugePages,
    string Virtualization,
    string DotnetVersion)
{
    /// <summary>/proc/sys/kernel/io_uring_disabled ("0", "1", "2", or "absent"); null where not recorded.</summary>
    public string? IoUringDisabled { get; init; }

    /// <summary>RLIMIT_MEMLOCK as "soft/hard" bytes ("unlimited" for none): what io_uring may pin.</summary>
    public string? MemlockLimit { get; init; }

    /// <summary>CAP_IPC_LOCK: pinned memory is then not charged to RLIMIT_MEMLOCK.</summary>
    public bool? CapIpcLock { get; init; }

    /// <summary>Per-size mTHP policy, e.g. "64kB" -> "never" (hugepages-*kB/enabled); null where the kernel has none.</summary>
    public IReadOnlyDictionary<string, string>? MthpEnabled { get; init; }

    /// <summary>
    /// Free page reporting (a VM guest handing free memory back to its host)
    /// while native points ran: "held off for the run (order 9)", "on (order
    /// 9)", "off (order 11)" or "absent"; null where not recorded (a model-only run).
    /// </summary>
    public string? FreePageReporting { get; init; }
}
