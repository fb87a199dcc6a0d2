using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;

namespace ForkBench.Kernel.Tests.Scenarios;

/// <summary>
/// Anonymous mTHP (large anon folios mapped by PTEs at fault time) exists
/// from 6.8: the variants of older kernels refuse such layouts with the
/// reason instead of producing numbers for a kernel that could not be in
/// that state. PMD-mapped THP and 4 KiB pages exist in every era.
/// </summary>
public class FolioEraTests
{
    public static TheoryData<string> PreMthpVariants()
    {
        var data = new TheoryData<string>();
        foreach (var info in CopyVariant.All.Where(v => v.Kernel < new Version(6, 8)))
            data.Add(info.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(PreMthpVariants))]
    public void OlderKernelsRefuseMthpLayouts(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        string id = variant.Id;
        foreach (var folio in new[] { FolioSize.PteMapped(64), FolioSize.Pte2M })
        {
            var scenario = new ForkScenario { Variant = variant, Process = new() { SizeBytes = 4L << 20, Folio = folio } };
            Assert.NotNull(scenario.Refusal);
            var e = Assert.Throws<NotSupportedException>(() => scenario.Build());
            Assert.Contains(id, e.Message);
            Assert.Contains("mTHP", e.Message);
            Assert.Contains("6.8", e.Message);
        }
        using var m = new Machine(new MachineOptions { MemoryBytes = 64L << 20, Variant = variant });
        Assert.Throws<NotSupportedException>(() => m.Map(m.CreateProcess(), 2L << 20, MappingKind.AnonPrivate, folioOrder: 4));
    }

    [Theory]
    [MemberData(nameof(Variants.All), MemberType = typeof(Variants))]
    public void EveryKernelBuildsSmallPagesAndPmdThp(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        foreach (var folio in new[] { FolioSize.Small, FolioSize.Thp })
        {
            var scenario = new ForkScenario { Variant = variant, Process = new() { SizeBytes = 4L << 20, Folio = folio } };
            Assert.Null(scenario.Refusal);
            using var instance = scenario.Build();
        }
    }

    [Theory]
    [InlineData("pte-batch-6.9")]
    [InlineData("proposal-batch-no-retry")]
    public void BatchingKernelsBuildMthpLayouts(string variantId)
    {
        CopyVariant variant = CopyVariant.ById(variantId);
        var scenario = new ForkScenario { Variant = variant, Process = new() { SizeBytes = 4L << 20, Folio = FolioSize.PteMapped(64) } };
        Assert.Null(scenario.Refusal);
        using var instance = scenario.Build();
        Assert.Equal(0, instance.CountFork().Counts.PagesCopied);
    }
}
