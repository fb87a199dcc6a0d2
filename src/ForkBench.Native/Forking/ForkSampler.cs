using System.Diagnostics;
using ForkBench.Native.Memory;
using ForkBench.Native.Scenarios;

namespace ForkBench.Native.Forking;

/// <summary>
/// Takes timed fork samples. Times are read with Stopwatch around the stub
/// call: a few tens of nanoseconds of overhead against forks of 0.1 ms and
/// more, and no clock read is needed inside the stub.
/// </summary>
internal sealed class ForkSampler(ForkStub stub, SpawnKind spawn, TimeSpan childTimeout)
{
    private static readonly double NsPerTick = 1e9 / Stopwatch.Frequency;

    /// <summary>Fork (or vfork-clone), then reap the child, timing both.</summary>
    public ForkSample Measure()
    {
        long c0 = Interop.Libc.ThreadCpuTimeNs();
        long t0 = Stopwatch.GetTimestamp();
        long pid = spawn == SpawnKind.Fork ? stub.Fork(ChildBehaviour.ExitAtOnce) : stub.VforkClone();
        long t1 = Stopwatch.GetTimestamp();
        long c1 = Interop.Libc.ThreadCpuTimeNs();
        ThrowIfFailed(pid);
        ChildExit exit;
        try
        {
            exit = ChildReaper.Reap((int)pid, childTimeout);
        }
        catch (ErrnoException)
        {
            ChildReaper.TryKillAndReap((int)pid);
            throw;
        }
        long t2 = Stopwatch.GetTimestamp();
        string? discard = exit.IsCleanStubExit ? null : exit.Describe();
        return new ForkSample((t1 - t0) * NsPerTick, c1 - c0, (t2 - t1) * NsPerTick, null, discard);
    }

    /// <summary>
    /// Fork with a child that stays alive, then time the parent writing every
    /// touched page of <paramref name="buffer"/> (COW faults where pages are shared);
    /// then kill and reap the child.
    /// </summary>
    public ForkSample MeasureCowWrites(TestBuffer buffer, byte value)
    {
        if (spawn != SpawnKind.Fork)
            throw new InvalidOperationException("COW writes need fork: a vfork-style parent waits for its child");
        long c0 = Interop.Libc.ThreadCpuTimeNs();
        long t0 = Stopwatch.GetTimestamp();
        long pid = stub.Fork(ChildBehaviour.WaitForKill);
        long t1 = Stopwatch.GetTimestamp();
        long c1 = Interop.Libc.ThreadCpuTimeNs();
        ThrowIfFailed(pid);
        long t2;
        try
        {
            buffer.WriteTouchedPages(value);
            t2 = Stopwatch.GetTimestamp();
        }
        finally
        {
            ChildReaper.KillAndReap((int)pid);
        }
        return new ForkSample((t1 - t0) * NsPerTick, c1 - c0, null, (t2 - t1) * NsPerTick, null);
    }

    private void ThrowIfFailed(long result)
    {
        if (result < 0)
            throw new ErrnoException(spawn == SpawnKind.Fork ? "fork" : "clone(CLONE_VM|CLONE_VFORK)", (int)-result);
    }
}
