using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests.Faults;

/// <summary>
/// A write fault on a PTE-mapped large anon folio that fork left
/// non-exclusive: 6.15+ reuses the folio when only this mm maps it
/// (__wp_can_reuse_large_anon_folio()); 6.9 copies the written page.
/// </summary>
public class LargeFolioReuseTests
{
    private const long Page = 5;
    private const ulong Stamp = 42;

    [Theory]
    [InlineData("pte-batch-6.9", false)]
    [InlineData("pte-batch-6.15", true)]
    public void AfterTheChildExitsTheParentReusesItsLargeFolioFrom615(string variantId, bool reuses)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        using var p = new TestProcess(variant, Layout.Folio64K);
        long before = ForkThenWrite(p, childExits: true, extraReference: false);

        Assert.Equal(reuses, p.Machine.MappedFrame(p.Parent, p.Address(Page)) == before);
        Assert.Equal(Stamp, p.Machine.Read(p.Parent, p.Address(Page)));
    }

    [Fact]
    public void AFolioTheChildStillMapsIsCopiedOnWrite()
    {
        using var p = new TestProcess(CopyVariant.PteBatching6_15, Layout.Folio64K);
        long before = ForkThenWrite(p, childExits: false, extraReference: false);

        Assert.NotEqual(before, p.Machine.MappedFrame(p.Parent, p.Address(Page)));
        Assert.Equal(before, p.Machine.MappedFrame(p.Child, p.Address(Page)));
        Assert.NotEqual(Stamp, p.Machine.Read(p.Child, p.Address(Page)));
    }

    [Fact]
    public void AnExtraReferenceStopsTheReuse()
    {
        using var p = new TestProcess(CopyVariant.PteBatching6_15, Layout.Folio64K);
        long before = ForkThenWrite(p, childExits: true, extraReference: true);

        Assert.NotEqual(before, p.Machine.MappedFrame(p.Parent, p.Address(Page)));
    }

    /// <summary>Fork, maybe let the child exit, maybe take a reference on the folio, then the parent writes; returns the frame mapped before.</summary>
    private static long ForkThenWrite(TestProcess p, bool childExits, bool extraReference)
    {
        long before = p.Machine.MappedFrame(p.Parent, p.Address(Page));
        Assert.Equal(ForkOutcome.Success, p.Machine.Fork(p.Parent, p.Child));
        if (childExits)
            p.Machine.Exit(p.Child);
        if (extraReference)
            p.Machine.TakeReferences(p.Parent, p.Address(0), 1, 1);
        p.Machine.Write(p.Parent, p.Address(Page), Stamp);
        p.AssertInvariants();
        return before;
    }
}
