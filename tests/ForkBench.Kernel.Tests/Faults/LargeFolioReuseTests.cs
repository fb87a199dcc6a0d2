using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests.Faults;

/// <summary>
/// A write fault on a PTE-mapped large anon folio that fork left
/// non-exclusive: 6.15+ reuses the folio when only this mm maps it
/// (__wp_can_reuse_large_anon_folio()); 6.9 copies the written page.
/// </summary>
public class LargeFolioReuseTests
{
    [Theory]
    [InlineData(CopyVariant.PteBatching6_9, false)]
    [InlineData(CopyVariant.PteBatching6_15, true)]
    public void AfterTheChildExitsTheParentReusesItsLargeFolioFrom615(CopyVariant variant, bool reuses)
    {
        using var p = new TestProcess(variant, Layout.Folio64K);
        long before = p.Machine.MappedFrame(p.Parent, p.Address(5));
        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));
        p.Machine.Exit(p.Child);

        p.Machine.Write(p.Parent, p.Address(5), 42);

        Assert.Equal(reuses, p.Machine.MappedFrame(p.Parent, p.Address(5)) == before);
        Assert.Equal(42UL, p.Machine.Read(p.Parent, p.Address(5)));
        p.AssertInvariants();
    }

    [Fact]
    public void AFolioTheChildStillMapsIsCopiedOnWrite()
    {
        using var p = new TestProcess(CopyVariant.PteBatching6_15, Layout.Folio64K);
        long before = p.Machine.MappedFrame(p.Parent, p.Address(5));
        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));

        p.Machine.Write(p.Parent, p.Address(5), 42);

        Assert.NotEqual(before, p.Machine.MappedFrame(p.Parent, p.Address(5)));
        Assert.Equal(before, p.Machine.MappedFrame(p.Child, p.Address(5)));
        Assert.NotEqual(42UL, p.Machine.Read(p.Child, p.Address(5)));
        p.AssertInvariants();
    }

    [Fact]
    public void AnExtraReferenceStopsTheReuse()
    {
        using var p = new TestProcess(CopyVariant.PteBatching6_15, Layout.Folio64K);
        long before = p.Machine.MappedFrame(p.Parent, p.Address(5));
        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));
        p.Machine.Exit(p.Child);
        p.Machine.TakeReferences(p.Parent, p.Address(0), 1, 1);

        p.Machine.Write(p.Parent, p.Address(5), 42);

        Assert.NotEqual(before, p.Machine.MappedFrame(p.Parent, p.Address(5)));
        p.AssertInvariants();
    }
}
