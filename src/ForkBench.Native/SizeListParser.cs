using System.Globalization;

namespace ForkBench.Native;

/// <summary>
/// Parses buffer sizes for the command line: a comma-separated list
/// ("64M,256M,1G") or a doubling range ("64M..1G"). A bare number is MiB;
/// suffixes K, M, G (optionally followed by "iB" or "B") are binary units.
/// Sizes must be positive multiples of 2 MiB, so every kind of buffer (THP
/// included) covers whole huge pages.
/// </summary>
public static class SizeListParser
{
    public const long Granule = 2 * 1024 * 1024;

    public static IReadOnlyList<long> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int range = text.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            long from = ParseOne(text[..range]);
            long to = ParseOne(text[(range + 2)..]);
            if (to < from)
                throw new FormatException($"size range '{text}' goes down");
            var sizes = new List<long>();
            for (long size = from; size <= to; size *= 2)
                sizes.Add(size);
            return sizes;
        }
        var list = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ParseOne).ToList();
        if (list.Count == 0)
            throw new FormatException("no sizes given");
        if (list.Distinct().Count() != list.Count)
            throw new FormatException($"size list '{text}' repeats a size");
        return list;
    }

    public static long ParseOne(string text)
    {
        string t = text.Trim();
        string digits = new(t.TakeWhile(char.IsAsciiDigit).ToArray());
        string unit = t[digits.Length..].Trim().ToUpperInvariant();
        long multiplier = unit switch
        {
            "" or "M" or "MB" or "MIB" => 1L << 20,
            "K" or "KB" or "KIB" => 1L << 10,
            "G" or "GB" or "GIB" => 1L << 30,
            _ => throw new FormatException($"size '{text}': unknown unit '{unit}' (use K, M or G)"),
        };
        if (digits.Length == 0 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            || value <= 0 || value > (1L << 50) / multiplier)
            throw new FormatException($"size '{text}' is not a positive size");
        long bytes = value * multiplier;
        if (bytes % Granule != 0)
            throw new FormatException($"size '{text}' is not a multiple of 2 MiB");
        return bytes;
    }
}
