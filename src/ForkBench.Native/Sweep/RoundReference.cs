using ForkBench.Native.Forking;
using ForkBench.Native.Memory;

namespace ForkBench.Native.Sweep;

/// <summary>
/// What each fork of a point is paired with, timed in the same round right
/// after it: a fork of this same process with the buffer hidden from fork
/// (MADV_DONTFORK, then MADV_DOFORK again), the floor of that moment, where
/// the run's floor median was taken minutes before in a process without
/// the buffer; and, where the page-table copy is fork's whole work on the
/// buffer, a pagemap walk over it (<see cref="PagemapWalk"/>: the memory
/// the fork walks, wherever it happens to sit). The fork minus the round's
/// floor is the buffer's own cost (the marginal figure), which the floor's
/// drift leaves alone; over the walk it is the fork-per-walk figure, which
/// where the memory sits leaves alone too. Hiding the buffer only sets a
/// VMA flag, so the next fork of the point finds the buffer as the last
/// one left it. Only where fork works on the buffer
/// (<see cref="Scenarios.NativeScenario.ForkWorksOnBuffer"/>): a DONTFORK
/// buffer made forkable again afterwards would lose the scenario's advice.
/// </summary>
internal sealed class RoundReference(TestBuffer buffer, PagemapWalk? walk) : IDisposable
{
    /// <summary>The round's walk (NaN without one) and floor (NaN where that fork was discarded).</summary>
    public (double WalkNs, double FloorNs) Measure(ForkSampler sampler)
    {
        double walkNs = walk?.TimeNs() ?? double.NaN;
        ForkSample floor;
        Interop.Libc.Madvise(buffer.Address, (nuint)buffer.Length, Interop.Libc.MadvDontFork);
        try
        {
            floor = sampler.Measure();
        }
        finally
        {
            Interop.Libc.Madvise(buffer.Address, (nuint)buffer.Length, Interop.Libc.MadvDoFork);
        }
        return (walkNs, floor.DiscardReason is null ? floor.ForkNs : double.NaN);
    }

    /// <summary>
    /// The fork-per-walk figure of one round: the fork minus the round's
    /// fork without the buffer, over the round's walk; NaN where the round
    /// has no usable floor or walk.
    /// </summary>
    public static double PerWalk(double forkNs, double floorNs, double walkNs) =>
        walkNs > 0 && double.IsFinite(floorNs) ? (forkNs - floorNs) / walkNs : double.NaN;

    public void Dispose() => walk?.Dispose();
}
