namespace ForkBench.Native.Host;

/// <summary>
/// The machine a sweep ran on: what decides fork cost besides the code
/// (kernel, CPU, memory, THP policy, io_uring availability, pin limits,
/// virtualisation). Captured at the start of every run.
/// </summary>
public sealed record HostDescription
{
    /// <summary>uname -r (/proc/sys/kernel/osrelease).</summary>
    public required string KernelRelease { get; init; }

    /// <summary>Process architecture as .NET names it (X64, Arm64).</summary>
    public required string Architecture { get; init; }

    public required string CpuModel { get; init; }

    public required int LogicalCpus { get; init; }

    public required long MemTotalBytes { get; init; }

    /// <summary>MemAvailable when the run started.</summary>
    public required long MemAvailableBytes { get; init; }

    public required int PageSizeBytes { get; init; }

    /// <summary>/sys/kernel/mm/transparent_hugepage/enabled (the active choice).</summary>
    public required string ThpEnabled { get; init; }

    public required string ThpDefrag { get; init; }

    public required string ThpShmemEnabled { get; init; }

    /// <summary>Per-size mTHP policy, e.g. "64kB" -> "never" (hugepages-*kB/enabled).</summary>
    public required IReadOnlyDictionary<string, string> MthpEnabled { get; init; }

    /// <summary>/proc/sys/kernel/io_uring_disabled: "0", "1", "2", or "absent" on kernels without it.</summary>
    public required string IoUringDisabled { get; init; }

    /// <summary>RLIMIT_MEMLOCK soft limit in bytes; null = unlimited.</summary>
    public required long? MemlockSoftBytes { get; init; }

    public required long? MemlockHardBytes { get; init; }

    /// <summary>CAP_IPC_LOCK: pinned memory is then not charged to RLIMIT_MEMLOCK.</summary>
    public required bool HasCapIpcLock { get; init; }

    /// <summary>What hints of virtualisation were found, in words ("none detected" if none).</summary>
    public required string Virtualization { get; init; }

    /// <summary>
    /// /proc/loadavg's 1, 5 and 15 minute averages when the run started: a
    /// load above the CPU count means wall times include waiting for a CPU.
    /// </summary>
    public required string LoadAverage { get; init; }

    /// <summary>RuntimeInformation.FrameworkDescription.</summary>
    public required string DotNetVersion { get; init; }
}
