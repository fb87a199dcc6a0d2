using ForkBench.Native.Host;
using ForkBench.Native.IoUring;

namespace ForkBench.Native.Tests.Support;

/// <summary>
/// A fact that runs the layout helper with pinned buffers: it needs Linux,
/// a working io_uring and room to pin the helper's buffers under
/// RLIMIT_MEMLOCK (or CAP_IPC_LOCK); skipped with the reason otherwise.
/// </summary>
public sealed class LayoutHelperFactAttribute : FactAttribute
{
    /// <summary>The most a test asks the helper to pin.</summary>
    public const long PinnedBytes = 128L << 20;

    public LayoutHelperFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: reads a live process through /proc";
            return;
        }
        if (IoUringOpener.Probe() is { } reason)
        {
            Skip = $"io_uring unavailable: {reason}";
            return;
        }
        HostDescription host = HostProbe.Capture();
        if (IoUringDiagnostics.MemlockShortfall(PinnedBytes, new MemlockLimit(host.MemlockSoftBytes, host.MemlockHardBytes), host.HasCapIpcLock) is { } shortfall)
            Skip = shortfall;
    }
}
