using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests.Properties;

/// <summary>
/// Regression tests for model bugs the properties found, each reduced to the
/// smallest example that failed before the fix.
/// </summary>
public class ModelBugRegressionTests
{
    /// <summary>
    /// With the default (unlimited) AtomicReserveFrames = long.MaxValue, the
    /// reserve refill on free once overflowed to a negative reserve; from then
    /// on every GFP_ATOMIC allocation failed, so Linus's and Jason's variants
    /// failed any fork that had a pinned page to copy.
    /// </summary>
    [Theory]
    [InlineData("linus-copy-normal-page")]
    [InlineData("jgg-atomics-last")]
    public void ForkCopyingAPinnedPageSucceedsAfterAnyFree(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var m = new Machine(new MachineOptions { MemoryBytes = 64L << 20, Variant = variant });
        var other = m.CreateProcess();
        m.Write(other, m.Map(other, 4096, MappingKind.AnonPrivate), 1);
        m.Exit(other); // frees one frame: the reserve wraps around
        var parent = m.CreateProcess();
        long a = m.Map(parent, 4096, MappingKind.AnonPrivate);
        m.Write(parent, a, 2);
        m.Pin(parent, a, 1);
        Assert.Equal(ForkOutcome.Success, m.Fork(parent, m.CreateProcess()));
    }

    /// <summary>
    /// A never-touched shmem page reads 0, as the kernel's zero-filled shmem
    /// pages do; a read fault (or a pin) must not change that. The page cache
    /// once filled new shmem pages with the regular-file contents.
    /// </summary>
    [Fact]
    public void ReadFaultOnSharedAnonymousMemoryKeepsItZero()
    {
        using var m = new Machine(new MachineOptions { MemoryBytes = 64L << 20, Variant = CopyVariant.PteBatching6_9 });
        var mm = m.CreateProcess();
        long a = m.Map(mm, 4096, MappingKind.AnonShared);
        Assert.Equal(0UL, m.Read(mm, a));
        m.Populate(mm, a, 4096, write: false);
        Assert.Equal(0UL, m.Read(mm, a));
    }
}
