using System.Diagnostics;

namespace ForkBench.Native.Forking;

/// <summary>
/// Waits for a child of ours with a timeout, kills it (SIGKILL) if it
/// overstays, and always reaps it: no child is ever left behind.
/// </summary>
internal static class ChildReaper
{
    /// <summary>Waits up to <paramref name="timeout"/> for <paramref name="pid"/> to exit, then reaps it.</summary>
    public static ChildExit Reap(int pid, TimeSpan timeout)
    {
        using FileDescriptorHandle? pidfd = Interop.Libc.PidfdOpen(pid);
        if (pidfd is null)
            return ReapWithoutPidfd(pid, timeout);
        if (!Interop.Libc.PollReadable(pidfd, (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds)))
            return KillAfterTimeout(pid);
        Interop.Libc.Wait4(pid, 0, out int status);
        return new ChildExit(status, TimedOut: false);
    }

    /// <summary>Kills and reaps a child (cleanup after an error, or the end of a COW timing).</summary>
    public static void KillAndReap(int pid)
    {
        // Not reaped yet, so the pid still names our child: kill is safe.
        Interop.Libc.Kill(pid, Interop.Libc.SigKill);
        Interop.Libc.Wait4(pid, 0, out _);
    }

    /// <summary>Best-effort <see cref="KillAndReap"/> on an error path, where the child may already be gone.</summary>
    public static void TryKillAndReap(int pid)
    {
        try
        {
            KillAndReap(pid);
        }
        catch (ErrnoException)
        {
            // ECHILD: already reaped. Nothing else to do on an error path.
        }
    }

    private static ChildExit KillAfterTimeout(int pid)
    {
        Interop.Libc.Kill(pid, Interop.Libc.SigKill);
        Interop.Libc.Wait4(pid, 0, out int status);
        return new ChildExit(status, TimedOut: true);
    }

    /// <summary>Kernels before 5.3 have no pidfd: poll with WNOHANG instead.</summary>
    private static ChildExit ReapWithoutPidfd(int pid, TimeSpan timeout)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var spin = new SpinWait();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (Interop.Libc.Wait4(pid, Interop.Libc.WNoHang, out int status) == pid)
                return new ChildExit(status, TimedOut: false);
            spin.SpinOnce(sleep1Threshold: 64);
        }
        return KillAfterTimeout(pid);
    }
}
