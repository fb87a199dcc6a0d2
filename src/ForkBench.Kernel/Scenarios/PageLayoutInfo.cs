namespace ForkBench.Kernel.Scenarios;

/// <summary>Folio order, PMD mapping and stable id of each <see cref="PageLayout"/>.</summary>
public static class PageLayoutInfo
{
    public static int FolioOrder(this PageLayout layout) => layout switch
    {
        PageLayout.Small4K => 0,
        PageLayout.Folio64K => 4,
        _ => Geometry.PmdOrder,
    };

    public static bool MapWithPmd(this PageLayout layout) => layout == PageLayout.ThpPmd;

    /// <summary>The id used in measurement ids; never changes meaning.</summary>
    public static string Id(this PageLayout layout) => layout switch
    {
        PageLayout.Small4K => "anon-4k",
        PageLayout.Folio64K => "anon-64k",
        PageLayout.Folio2MPte => "anon-2m-pte",
        PageLayout.ThpPmd => "anon-thp",
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    public static PageLayout? FromId(string id) =>
        Enum.GetValues<PageLayout>().Select(l => (PageLayout?)l).FirstOrDefault(l => l!.Value.Id() == id);
}
