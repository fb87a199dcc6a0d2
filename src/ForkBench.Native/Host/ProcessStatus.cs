namespace ForkBench.Native.Host;

/// <summary>
/// What /proc/PID/status says about a process's identity and memory. Every
/// field is null when the kernel does not print it (VmPin appeared in 3.2,
/// RssAnon/RssFile/RssShmem in 4.5, Kthread in 6.x; a kernel thread has no
/// Vm* lines at all), so a reader can say what it assumed instead.
/// </summary>
public sealed record ProcessStatus
{
    /// <summary>The command name, at most 15 characters (TASK_COMM_LEN - 1).</summary>
    public string? Name { get; init; }

    /// <summary>"R (running)", "S (sleeping)", "Z (zombie)", ...</summary>
    public string? State { get; init; }

    /// <summary>The real user id (first of the four Uid values).</summary>
    public int? Uid { get; init; }

    /// <summary>The Kthread line (6.x): true for a kernel thread.</summary>
    public bool? KernelThread { get; init; }

    /// <summary>VmSize; absent for kernel threads and exited processes, which have no mm.</summary>
    public long? VmSizeBytes { get; init; }

    /// <summary>mm->pinned_vm: pages pinned with accounting (io_uring fixed buffers, RDMA registrations).</summary>
    public long? VmPinBytes { get; init; }

    /// <summary>mm->locked_vm: mlock()ed pages, and pins some drivers (vfio) account here instead.</summary>
    public long? VmLckBytes { get; init; }

    public long? VmRssBytes { get; init; }

    public long? RssAnonBytes { get; init; }

    public long? RssFileBytes { get; init; }

    public long? RssShmemBytes { get; init; }

    /// <summary>A zombie (Z) or dead (X) task: its memory is gone, only the entry waits to be reaped.</summary>
    public bool HasExited => State is { Length: > 0 } s && s[0] is 'Z' or 'X';

    /// <summary>No user memory to read: a kernel thread, or a process past exit_mm().</summary>
    public bool HasNoMemory => KernelThread == true || VmSizeBytes is null;
}
