using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests;

/// <summary>xunit data: every variant, and every variant crossed with every layout.</summary>
public static class Variants
{
    public static TheoryData<CopyVariant> All()
    {
        var data = new TheoryData<CopyVariant>();
        foreach (var info in CopyVariantInfo.All)
            data.Add(info.Variant);
        return data;
    }

    /// <summary>Every variant with every layout its kernel can build (no mTHP before 6.8).</summary>
    public static TheoryData<CopyVariant, string> AllWithLayouts()
    {
        var data = new TheoryData<CopyVariant, string>();
        foreach (var info in CopyVariantInfo.All)
        {
            foreach (var layout in Layout.All.Where(l => info.FolioLayoutRefusal(l.FolioOrder, l.MapWithPmd) is null))
                data.Add(info.Variant, layout.Name);
        }
        return data;
    }

    public static Layout LayoutNamed(string name) => Layout.All.Single(l => l.Name == name);
}
