namespace ForkBench.Kernel.Tests;

/// <summary>How a test process maps its anonymous memory.</summary>
public sealed record Layout(string Name, int FolioOrder, bool MapWithPmd)
{
    public static readonly Layout Small4K = new("4KiB", 0, false);
    public static readonly Layout Folio64K = new("64KiB-folio", 4, false);
    public static readonly Layout Folio2MPte = new("2MiB-folio-pte", 9, false);
    public static readonly Layout ThpPmd = new("2MiB-thp-pmd", 9, true);

    public static readonly Layout[] All = [Small4K, Folio64K, Folio2MPte, ThpPmd];

    public override string ToString() => Name;
}
