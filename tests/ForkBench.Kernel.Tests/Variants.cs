using ForkBench.Kernel.Fork;

namespace ForkBench.Kernel.Tests;

/// <summary>xunit data: every variant, and every variant crossed with every layout.</summary>
public static class Variants
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var info in CopyVariant.All)
            data.Add(info.Id);
        return data;
    }

    /// <summary>Every variant with every layout its kernel can build (no mTHP before 6.8).</summary>
    public static TheoryData<string, string> AllWithLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var info in CopyVariant.All)
        {
            foreach (var layout in Layout.All.Where(l => info.FolioLayoutRefusal(l.FolioOrder, l.MapWithPmd) is null))
                data.Add(info.Id, layout.Name);
        }
        return data;
    }

    public static Layout LayoutNamed(string name) => Layout.All.Single(l => l.Name == name);
}
