using System.Globalization;

namespace ForkBench.Scenarios;

/// <summary>
/// The folio size of anonymous memory and how it is mapped: 4 KiB pages,
/// multi-size THP (orders 2..8, mapped by PTEs; anonymous mTHP exists from
/// 6.8), a 2 MiB folio mapped by 512 PTEs, or a 2 MiB THP mapped by one PMD.
/// Tokens: "4k", "16k" .. "512k", "1m", "2m-pte", "thp".
/// </summary>
public readonly record struct FolioSize
{
    /// <summary>Order of the PMD (2 MiB with 4 KiB pages on x86-64).</summary>
    public const int PmdOrder = 9;

    private FolioSize(int order, bool pmdMapped)
    {
        Order = order;
        PmdMapped = pmdMapped;
    }

    /// <summary>log2 of the pages per folio: 0 for 4 KiB pages, 9 for 2 MiB.</summary>
    public int Order { get; }

    /// <summary>Mapped by one PMD entry rather than by PTEs.</summary>
    public bool PmdMapped { get; }

    public static FolioSize Small { get; } = new(0, false);

    public static FolioSize Thp { get; } = new(PmdOrder, true);

    public static FolioSize Pte2M { get; } = new(PmdOrder, false);

    /// <summary>A PTE-mapped folio of <paramref name="kib"/> KiB (a power of two, 16 KiB to 2 MiB).</summary>
    public static FolioSize PteMapped(int kib)
    {
        int order = System.Numerics.BitOperations.Log2((uint)Math.Max(kib, 1)) - 2;
        if (kib < 16 || kib > 2048 || !System.Numerics.BitOperations.IsPow2(kib))
            throw new ArgumentOutOfRangeException(nameof(kib), kib, "a large folio is a power of two from 16 KiB to 2 MiB");
        return new FolioSize(order, false);
    }

    public long Bytes => 4096L << Order;

    public int KiB => (int)(Bytes / 1024);

    /// <summary>A large anonymous folio below PMD size, or one PTE-mapped at PMD size: an mTHP.</summary>
    public bool IsMthp => Order > 0 && !PmdMapped;

    public string Token => Order switch
    {
        0 => "4k",
        PmdOrder => PmdMapped ? "thp" : "2m-pte",
        _ when KiB >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{KiB / 1024}m"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{KiB}k"),
    };

    /// <summary>Every folio size ForkBench knows, smallest first.</summary>
    public static IReadOnlyList<FolioSize> All { get; } =
        [Small, .. Enumerable.Range(2, PmdOrder - 2).Select(o => PteMapped(4 << o)), Pte2M, Thp];

    /// <exception cref="FormatException">An unknown token.</exception>
    public static FolioSize Parse(string token)
    {
        string t = token.Trim().ToLowerInvariant();
        foreach (FolioSize folio in All)
        {
            if (folio.Token == t)
                return folio;
        }
        throw new FormatException($"unknown folio size '{token}' (use {string.Join(", ", All.Select(f => f.Token))})");
    }

    public override string ToString() => Token;
}
