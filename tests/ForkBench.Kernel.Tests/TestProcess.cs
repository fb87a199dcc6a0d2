using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Mm;

namespace ForkBench.Kernel.Tests;

/// <summary>
/// A machine with one parent that maps and populates one private anonymous
/// region, and an empty child slot: the common start of the fork tests.
/// </summary>
public sealed class TestProcess : IDisposable
{
    public Machine Machine { get; }
    public MmStruct Parent { get; }
    public MmStruct Child { get; }
    public long Start { get; }
    public long Pages { get; }

    public TestProcess(CopyVariant variant, Layout layout, long bytes = 4L << 20, MachineOptions? options = null)
    {
        Machine = new Machine((options ?? new MachineOptions { MemoryBytes = 64L << 20 }) with { Variant = variant });
        Parent = Machine.CreateProcess();
        Child = Machine.CreateProcess();
        Start = Machine.Map(Parent, bytes, MappingKind.AnonPrivate, layout.FolioOrder, layout.MapWithPmd);
        Pages = bytes / Geometry.PageSize;
        Machine.Populate(Parent, Start, bytes);
    }

    public long Address(long page) => Start + page * Geometry.PageSize;

    public ulong[] ReadAll(MmStruct mm)
    {
        var stamps = new ulong[Pages];
        for (long i = 0; i < Pages; i++)
            stamps[i] = Machine.Read(mm, Address(i));
        return stamps;
    }

    public void AssertInvariants()
    {
        var violations = Machine.CheckInvariants();
        Assert.True(violations.Count == 0, "invariants broken:\n" + string.Join("\n", violations));
    }

    public void Dispose() => Machine.Dispose();
}
