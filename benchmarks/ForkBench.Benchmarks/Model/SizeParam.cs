using System.Globalization;

namespace ForkBench.Benchmarks.Model;

/// <summary>
/// Process sizes as they read in benchmark ids ("64MiB", "1GiB", "4GiB"),
/// and the PTE counts the per-PTE benchmarks divide by.
/// </summary>
public static class SizeParam
{
    /// <summary>4 KiB pages (PTEs) in 64 MiB.</summary>
    public const int Ptes64MiB = 64 * 256;

    /// <summary>4 KiB pages (PTEs) in 1 GiB.</summary>
    public const int Ptes1GiB = 1024 * 256;

    /// <summary>4 KiB pages (PTEs) in 4 GiB.</summary>
    public const int Ptes4GiB = 4 * 1024 * 256;

    public const string Size64MiB = "64MiB";
    public const string Size1GiB = "1GiB";
    public const string Size4GiB = "4GiB";

    /// <summary>The size a benchmark method names at its end: "Fork64MiB" -> 64 MiB.</summary>
    public static long FromMethodName(string method)
    {
        foreach (string size in (string[])[Size64MiB, Size1GiB, Size4GiB])
        {
            if (method.EndsWith(size, StringComparison.Ordinal))
                return Parse(size);
        }
        throw new ArgumentException($"method '{method}' does not end in a size (64MiB, 1GiB, 4GiB)", nameof(method));
    }

    /// <summary>Bytes of a size written as a whole number of MiB or GiB.</summary>
    public static long Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        (string unit, int shift) = text.EndsWith("GiB", StringComparison.Ordinal) ? ("GiB", 30)
            : text.EndsWith("MiB", StringComparison.Ordinal) ? ("MiB", 20)
            : throw new FormatException($"size '{text}' must end in MiB or GiB");
        string number = text[..^unit.Length];
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value <= 0)
            throw new FormatException($"size '{text}' must be a positive whole number of {unit}");
        return value << shift;
    }

    /// <summary>The shortest exact name: 1073741824 -> "1GiB", 67108864 -> "64MiB".</summary>
    public static string Format(long bytes)
    {
        if (bytes <= 0 || bytes % (1L << 20) != 0)
            throw new ArgumentOutOfRangeException(nameof(bytes), "sizes are whole MiB");
        return bytes % (1L << 30) == 0
            ? (bytes >> 30).ToString(CultureInfo.InvariantCulture) + "GiB"
            : (bytes >> 20).ToString(CultureInfo.InvariantCulture) + "MiB";
    }
}
