using ForkBench.Native.Forking;
using ForkBench.Native.IoUring;

namespace ForkBench.Native.Tests.Support;

/// <summary>
/// A theory that forks and needs a working io_uring. The probe runs when the
/// test is discovered; a skip carries the probe's reason (ENOSYS, EPERM,
/// io_uring_disabled, seccomp).
/// </summary>
public sealed class IoUringTheoryAttribute : TheoryAttribute
{
    public IoUringTheoryAttribute()
    {
        if (ForkStub.UnsupportedReason is { } fork)
            Skip = $"fork stub unavailable: {fork}";
        else if (IoUringOpener.Probe() is { } reason)
            Skip = $"io_uring unavailable: {reason}";
    }
}
