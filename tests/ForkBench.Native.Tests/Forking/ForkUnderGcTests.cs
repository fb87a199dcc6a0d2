using ForkBench.Native.Forking;
using ForkBench.Native.Scenarios;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Forking;

/// <summary>
/// The reason for the machine-code stub: a child that returned into the
/// runtime while another thread was in a GC could hang. Fork thousands of
/// times while a thread allocates hard; every child must exit and be reaped.
/// </summary>
[Collection(ForkingCollection.Name)]
public sealed class ForkUnderGcTests
{
    private const int Forks = 2000;
    private const int VforkClones = 200;

    [ForkFact]
    public void Two_thousand_forks_during_heavy_allocation_leave_no_child_behind()
    {
        using var stop = new CancellationTokenSource();
        int gen0Before = GC.CollectionCount(0);
        Thread allocator = StartAllocator(stop.Token);
        var forkSampler = new ForkSampler(ForkStub.Shared, SpawnKind.Fork, TimeSpan.FromSeconds(30));
        var vforkSampler = new ForkSampler(ForkStub.Shared, SpawnKind.VforkClone, TimeSpan.FromSeconds(30));
        var discarded = new List<string>();

        Task forking = Task.Factory.StartNew(() =>
        {
            for (int i = 0; i < Forks; i++)
            {
                if (forkSampler.Measure().DiscardReason is { } reason)
                    discarded.Add(reason);
            }
            for (int i = 0; i < VforkClones; i++)
            {
                if (vforkSampler.Measure().DiscardReason is { } reason)
                    discarded.Add(reason);
            }
        }, TaskCreationOptions.LongRunning);

        // Generous: a hang, not slowness, is what this catches.
        bool finished = forking.Wait(TimeSpan.FromMinutes(5));
        stop.Cancel();
        allocator.Join();

        Assert.True(finished, "forking did not finish: a child or the parent hung");
        Assert.Empty(discarded);
        Assert.True(GC.CollectionCount(0) > gen0Before, "no garbage collection ran during the forks");
        Assert.False(Interop.Libc.HasAnyChild(), "a child is left (running or zombie)");
    }

    private static Thread StartAllocator(CancellationToken stop)
    {
        var thread = new Thread(() =>
        {
            // A small live set keeps each fork cheap; the churn keeps gen0
            // collections coming, and a full blocking one now and then.
            var keep = new object[256];
            var random = new Random(42);
            long n = 0;
            while (!stop.IsCancellationRequested)
            {
                keep[random.Next(keep.Length)] = new byte[random.Next(16, 16 * 1024)];
                if (++n % 200_000 == 0)
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true);
            }
            GC.KeepAlive(keep);
        })
        { IsBackground = true, Name = "allocator" };
        thread.Start();
        return thread;
    }
}
