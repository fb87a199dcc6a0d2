using ForkBench.Kernel.Counting;
using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Mm;
using ForkBench.Kernel.PageTables;

namespace ForkBench.Kernel.Tests.Fork;

/// <summary>What fork does to mappings without pins, for every variant.</summary>
public class ForkSemanticsTests
{
    [Theory]
    [MemberData(nameof(Variants.All), MemberType = typeof(Variants))]
    public void UnpinnedPrivatePagesAreSharedWriteProtectedNotCopied(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var p = new TestProcess(variant, Layout.Small4K);
        var counts = new OperationCounts(p.Machine.Physical.FrameCount);
        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child, counts));

        Assert.Equal(0, counts.PagesCopied);
        for (long i = 0; i < p.Pages; i++)
        {
            long address = p.Address(i);
            Assert.Equal(p.Machine.MappedFrame(p.Parent, address), p.Machine.MappedFrame(p.Child, address));
            Assert.False(Pte.IsWrite(PageTableProbe.PteAt(p.Machine, p.Parent, address)));
            Assert.False(Pte.IsWrite(PageTableProbe.PteAt(p.Machine, p.Child, address)));
        }
        p.AssertInvariants();
    }

    /// <summary>
    /// copy_normal_page(): the parent's entry was write-protected before the
    /// checks and is made writable again after the copy; the child maps the
    /// copy with the VMA's protection: read-only and clean.
    /// </summary>
    [Theory]
    [InlineData("linus-copy-normal-page")]
    [InlineData("jgg-atomics-last")]
    public void CopyNormalPageLeavesTheParentWritableAndTheChildReadOnlyClean(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var p = new TestProcess(variant, Layout.Small4K);
        var pin = p.Machine.Pin(p.Parent, p.Address(3), 1);

        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));

        ulong parent = PageTableProbe.PteAt(p.Machine, p.Parent, p.Address(3));
        ulong child = PageTableProbe.PteAt(p.Machine, p.Child, p.Address(3));
        Assert.Equal(pin.Frames[0], Pte.Pfn(parent));
        Assert.NotEqual(Pte.Pfn(parent), Pte.Pfn(child));
        Assert.True(Pte.IsWrite(parent));
        Assert.True(Pte.IsDirty(parent));
        Assert.False(Pte.IsWrite(child));
        Assert.False(Pte.IsDirty(child));
        Assert.False(Pte.IsWrite(PageTableProbe.PteAt(p.Machine, p.Parent, p.Address(4)))); // a shared neighbour stays write-protected
        p.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Variants.All), MemberType = typeof(Variants))]
    public void SharedMappingIsNotCopiedAndNotWriteProtected(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var machine = new Machine(new MachineOptions { MemoryBytes = 64L << 20, Variant = variant });
        var parent = machine.CreateProcess();
        var child = machine.CreateProcess();
        long shared = machine.Map(parent, 2L << 20, MappingKind.AnonShared);
        machine.Populate(parent, shared, 2L << 20);

        Assert.Equal(ForkOutcome.Success, machine.Fork(parent, child));

        // No anon_vma: vma_needs_copy() is false, the child refaults the shared pages.
        Assert.Equal(-1, machine.MappedFrame(child, shared));
        Assert.True(Pte.IsWrite(PageTableProbe.PteAt(machine, parent, shared)));
        Assert.Equal(machine.Read(parent, shared), machine.Read(child, shared));
        machine.Write(child, shared, 77);
        Assert.Equal(77UL, machine.Read(parent, shared));
        Assert.Empty(machine.CheckInvariants());
    }

    [Theory]
    [MemberData(nameof(Variants.All), MemberType = typeof(Variants))]
    public void UffdWpSharedMappingIsCopiedWithoutWriteProtectingTheParent(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var machine = new Machine(new MachineOptions { MemoryBytes = 64L << 20, Variant = variant });
        var parent = machine.CreateProcess();
        var child = machine.CreateProcess();
        long shared = machine.Map(parent, 2L << 20, MappingKind.FileShared);
        machine.Populate(parent, shared, 2L << 20);
        machine.Advise(parent, shared, VmaFlags.UffdWp);

        Assert.Equal(ForkOutcome.Success, machine.Fork(parent, child));

        ulong parentPte = PageTableProbe.PteAt(machine, parent, shared);
        ulong childPte = PageTableProbe.PteAt(machine, child, shared);
        Assert.True(Pte.IsWrite(parentPte));
        Assert.True(Pte.IsDirty(parentPte));
        Assert.False(Pte.IsDirty(childPte)); // shared: the copy is marked clean, not write-protected
        Assert.Equal(Pte.Pfn(parentPte), Pte.Pfn(childPte));
        Assert.Empty(machine.CheckInvariants());
    }

    [Theory]
    [MemberData(nameof(Variants.All), MemberType = typeof(Variants))]
    public void DontForkVmaIsAbsentAndWipeOnForkVmaIsEmptyInTheChild(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var machine = new Machine(new MachineOptions { MemoryBytes = 64L << 20, Variant = variant });
        var parent = machine.CreateProcess();
        var child = machine.CreateProcess();
        long dontFork = machine.Map(parent, 2L << 20, MappingKind.AnonPrivate);
        long wipe = machine.Map(parent, 2L << 20, MappingKind.AnonPrivate);
        machine.Populate(parent, dontFork, 2L << 20);
        machine.Populate(parent, wipe, 2L << 20);
        machine.Advise(parent, dontFork, VmaFlags.DontCopy);
        machine.Advise(parent, wipe, VmaFlags.WipeOnFork);
        ulong parentWipeStamp = machine.Read(parent, wipe);

        Assert.Equal(ForkOutcome.Success, machine.Fork(parent, child));

        Assert.Equal(-1, child.FindVma(dontFork));
        Assert.Throws<InvalidOperationException>(() => machine.Write(child, dontFork, 1));
        Assert.True(child.FindVma(wipe) >= 0);
        Assert.Equal(0UL, machine.Read(child, wipe));
        Assert.Equal(-1, machine.MappedFrame(child, wipe));
        Assert.True(Pte.IsWrite(PageTableProbe.PteAt(machine, parent, wipe))); // nothing shared, nothing write-protected
        machine.Write(child, wipe, 5);
        Assert.Equal(parentWipeStamp, machine.Read(parent, wipe));
        Assert.Empty(machine.CheckInvariants());
    }

    [Theory]
    [MemberData(nameof(Variants.All), MemberType = typeof(Variants))]
    public void CleanPrivateFileMappingIsNotCopied(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var machine = new Machine(new MachineOptions { MemoryBytes = 64L << 20, Variant = variant });
        var parent = machine.CreateProcess();
        var child = machine.CreateProcess();
        long file = machine.Map(parent, 2L << 20, MappingKind.FilePrivate);
        machine.Populate(parent, file, 2L << 20, write: false);
        var counts = new OperationCounts(machine.Physical.FrameCount);

        Assert.Equal(ForkOutcome.Success, machine.Fork(parent, child, counts));

        Assert.Equal(0, counts.PteWrites);
        Assert.Equal(-1, machine.MappedFrame(child, file));
        Assert.Equal(machine.Read(parent, file), machine.Read(child, file));
        Assert.Empty(machine.CheckInvariants());
    }
}
