namespace ForkBench.Kernel;

/// <summary>x86-64 page geometry: 4 KiB pages, 512-entry tables, 2 MiB per PMD.</summary>
public static class Geometry
{
    public const int PageShift = 12;
    public const long PageSize = 1L << PageShift;
    public const int PmdShift = 21;
    public const long PmdSize = 1L << PmdShift;
    public const int PtesPerTable = 512;
    public const int PmdOrder = PmdShift - PageShift;
}
