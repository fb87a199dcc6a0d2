using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Scenarios;

/// <summary>A built scenario: the machine, the populated parent and a reusable empty child.</summary>
public sealed class ForkScenarioInstance(Machine machine, MmStruct parent, MmStruct child, long start, long pages) : IDisposable
{
    public Machine Machine { get; } = machine;
    public MmStruct Parent { get; } = parent;
    public MmStruct Child { get; } = child;
    public long Start { get; } = start;

    /// <summary>Page-table entries of the buffer (4 KiB units): the divisor of the per-PTE figures.</summary>
    public long Ptes { get; } = pages;

    /// <summary>One counted fork and the child's exit: the exact operation counts of this scenario.</summary>
    public OperationCounts CountFork()
    {
        var counts = new OperationCounts(Machine.Physical.FrameCount);
        if (Machine.Fork(Parent, Child, counts) != ForkOutcome.Success)
            throw new InvalidOperationException("the counted fork failed with ENOMEM");
        var none = new NoCounting();
        Machine.ExitChild(Child, ref none);
        return counts;
    }

    public void Dispose() => Machine.Dispose();
}
