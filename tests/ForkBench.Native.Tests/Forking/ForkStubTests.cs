using ForkBench.Native.Forking;
using ForkBench.Native.Scenarios;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Forking;

[Collection(ForkingCollection.Name)]
public sealed class ForkStubTests
{
    [ForkFact]
    public void A_forked_child_exits_with_the_stub_status_and_is_reaped()
    {
        long pid = ForkStub.Shared.Fork(ChildBehaviour.ExitAtOnce);

        Assert.True(pid > 0, $"fork returned {pid}");
        ChildExit exit = ChildReaper.Reap((int)pid, TimeSpan.FromSeconds(30));
        Assert.True(exit.IsCleanStubExit, exit.Describe());
        Assert.False(Interop.Libc.HasAnyChild());
    }

    [ForkFact]
    public void A_vfork_clone_child_exits_cleanly()
    {
        long pid = ForkStub.Shared.VforkClone();

        Assert.True(pid > 0, $"clone returned {pid}");
        Assert.True(ChildReaper.Reap((int)pid, TimeSpan.FromSeconds(30)).IsCleanStubExit);
        Assert.False(Interop.Libc.HasAnyChild());
    }

    [ForkFact]
    public void A_child_that_overstays_is_killed_and_reaped()
    {
        long pid = ForkStub.Shared.Fork(ChildBehaviour.WaitForKill);

        ChildExit exit = ChildReaper.Reap((int)pid, TimeSpan.FromMilliseconds(100));

        Assert.True(exit.TimedOut);
        Assert.False(exit.IsCleanStubExit);
        Assert.Equal(Interop.Libc.SigKill, exit.Status & 0x7f);
        Assert.False(Interop.Libc.HasAnyChild());
    }

    [ForkFact]
    public void The_sampler_discards_a_sample_whose_child_had_to_be_killed()
    {
        // A zero timeout is over before the child can exit, or just after: either way it is reaped.
        var sampler = new ForkSampler(ForkStub.Shared, SpawnKind.Fork, TimeSpan.Zero);

        ForkSample sample = sampler.Measure();

        Assert.True(sample.ForkNs > 0);
        Assert.True(sample.ForkCpuNs > 0);
        Assert.False(Interop.Libc.HasAnyChild());
    }

    [ForkFact]
    public void Signals_are_unblocked_again_in_the_parent()
    {
        string before = SigBlk();
        long pid = ForkStub.Shared.Fork(ChildBehaviour.ExitAtOnce);
        Assert.True(pid > 0, $"fork returned {pid}");
        ChildReaper.Reap((int)pid, TimeSpan.FromSeconds(30));

        Assert.Equal(before, SigBlk());
    }

    /// <summary>The calling thread's blocked-signal mask, from /proc/thread-self/status.</summary>
    private static string SigBlk() =>
        File.ReadAllLines("/proc/thread-self/status").Single(l => l.StartsWith("SigBlk:", StringComparison.Ordinal));
}
