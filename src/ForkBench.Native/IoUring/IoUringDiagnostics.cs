using ForkBench.Native.Host;

namespace ForkBench.Native.IoUring;

/// <summary>One-line explanations of io_uring failures, with what would fix them.</summary>
public static class IoUringDiagnostics
{
    private const long MiB = 1024 * 1024;

    /// <summary>Why io_uring_setup failed.</summary>
    /// <param name="ioUringDisabled">/proc/sys/kernel/io_uring_disabled, or "absent".</param>
    public static string SetupFailure(int errno, string ioUringDisabled) => errno switch
    {
        Interop.Errno.ENOSYS => "io_uring_setup failed: ENOSYS: this kernel has no io_uring (CONFIG_IO_URING off, or older than 5.1)",
        Interop.Errno.EPERM when ioUringDisabled == "2" => "io_uring is disabled: kernel.io_uring_disabled=2",
        Interop.Errno.EPERM when ioUringDisabled == "1" =>
            "io_uring_setup failed: EPERM: kernel.io_uring_disabled=1 allows only members of kernel.io_uring_group or CAP_SYS_ADMIN",
        Interop.Errno.EPERM => "io_uring_setup failed: EPERM: probably a seccomp filter (containers often block io_uring)",
        _ => $"io_uring_setup failed: {Interop.Errno.Name(errno)}",
    };

    /// <summary>
    /// Why pinning <paramref name="bytes"/> will fail before trying, or null:
    /// without CAP_IPC_LOCK pinned memory is charged to RLIMIT_MEMLOCK.
    /// </summary>
    public static string? MemlockShortfall(long bytes, MemlockLimit limit, bool hasCapIpcLock)
    {
        if (hasCapIpcLock || limit.SoftBytes is not { } soft || soft >= bytes)
            return null;
        return $"pinning {Describe(bytes)} needs RLIMIT_MEMLOCK >= {Describe(bytes)} but it is {Describe(soft)} "
            + $"(ulimit -l {(bytes + 1023) / 1024} or more, or CAP_IPC_LOCK)";
    }

    /// <summary>Why IORING_REGISTER_BUFFERS failed.</summary>
    public static string RegisterFailure(int errno, long bytes, MemlockLimit limit, bool hasCapIpcLock) => errno switch
    {
        Interop.Errno.ENOMEM when MemlockShortfall(bytes, limit, hasCapIpcLock) is { } shortfall =>
            $"pinning failed: ENOMEM: {shortfall}",
        Interop.Errno.ENOMEM => $"pinning {Describe(bytes)} failed: ENOMEM (RLIMIT_MEMLOCK soft limit {Describe(limit.SoftBytes)}, or out of memory)",
        Interop.Errno.EOPNOTSUPP or Interop.Errno.EFAULT =>
            $"pinning failed: {Interop.Errno.Name(errno)}: the kernel will not long-term pin this kind of memory",
        _ => $"pinning {Describe(bytes)} failed: {Interop.Errno.Name(errno)}",
    };

    private static string Describe(long? bytes) =>
        bytes is not { } b ? "unlimited"
        : b >= MiB ? $"{b / (double)MiB:0.#} MiB"
        : $"{b / 1024} KiB";
}
