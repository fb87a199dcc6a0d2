using System.Reflection;
using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests.Fork;

/// <summary>The catalogue is the one registration point: every entry listed once, found by id, in kernel order.</summary>
public class CopyVariantCatalogTests
{
    [Fact]
    public void Every_registered_variant_is_in_All_once()
    {
        var registered = typeof(CopyVariant).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(CopyVariant))
            .Select(p => (CopyVariant)p.GetValue(null)!)
            .ToHashSet(ReferenceEqualityComparer.Instance);

        Assert.Equal(registered.Count, CopyVariant.All.Count);
        Assert.All(CopyVariant.All, v => Assert.Contains(v, registered));
        Assert.Equal(CopyVariant.All.Count, CopyVariant.All.Select(v => v.Id).Distinct().Count());
    }

    [Fact]
    public void Lookups_are_by_id()
    {
        Assert.Same(CopyVariant.PteBatching6_15, CopyVariant.ById("pte-batch-6.15"));
        Assert.Null(CopyVariant.FindById("v9.99"));
        Assert.Throws<ArgumentException>(() => CopyVariant.ById("v9.99"));
        Assert.Equal("mmf-5.14", CopyVariant.MmfHasPinned5_14.ToString());
    }

    [Fact]
    public void Kernel_releases_never_go_down_among_the_kernels_own_variants()
    {
        var kernels = CopyVariant.All.Where(v => !v.Id.StartsWith("proposal-", StringComparison.Ordinal)).Select(v => v.Kernel).ToList();
        Assert.Equal(kernels.Order(), kernels);
        Assert.Equal(Enumerable.Range(0, CopyVariant.All.Count), CopyVariant.All.Select(v => v.Order));
    }

    [Theory]
    [InlineData("v5.8", false, false)]
    [InlineData("linus-copy-normal-page", false, false)]
    [InlineData("jgg-atomics-last", true, false)]
    [InlineData("merged-5.10", true, false)]
    [InlineData("pte-batch-6.9", true, true)]
    [InlineData("pte-batch-6.15", true, true)]
    public void Facts_come_from_the_copy_struct(string id, bool checksPmd, bool batches)
    {
        CopyVariant variant = CopyVariant.ById(id);
        Assert.Equal(checksPmd, variant.ChecksPinsOnPmdPath);
        Assert.Equal(batches, variant.BatchesLargeFolios);
    }
}
