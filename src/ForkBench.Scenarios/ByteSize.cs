using System.Globalization;

namespace ForkBench.Scenarios;

/// <summary>
/// The one parser and formatter of sizes. Text: a whole number with K, M or
/// G (optionally KiB/MiB/GiB or KB/MB/GB, any case; all binary), a bare
/// number meaning MiB; lists "64M,256M,1G" or doubling ranges "64M..1G".
/// Output: <see cref="Format"/> for people ("64MiB", "1GiB"), and
/// <see cref="Token"/> for ids ("64mib", "1gib").
/// </summary>
public static class ByteSize
{
    public const long KiB = 1L << 10, MiB = 1L << 20, GiB = 1L << 30;

    /// <exception cref="FormatException">Not a positive size.</exception>
    public static long Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim();
        string digits = new([.. t.TakeWhile(char.IsAsciiDigit)]);
        string unit = t[digits.Length..].Trim().ToUpperInvariant();
        long multiplier = unit switch
        {
            "" or "M" or "MB" or "MIB" => MiB,
            "K" or "KB" or "KIB" => KiB,
            "G" or "GB" or "GIB" => GiB,
            _ => throw new FormatException($"size '{text}': unknown unit '{unit}' (use K, M or G, e.g. 64M or 1GiB)"),
        };
        if (digits.Length == 0 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            || value <= 0 || value > (1L << 50) / multiplier)
            throw new FormatException($"size '{text}' is not a positive size (e.g. 64M or 1GiB)");
        return value * multiplier;
    }

    /// <summary>"64M,256M,1G" in that order, or "64M..1G" doubling from the first to the last.</summary>
    /// <exception cref="FormatException">A bad size, a range that goes down, a repeat, or nothing.</exception>
    public static IReadOnlyList<long> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int range = text.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            long from = Parse(text[..range]), to = Parse(text[(range + 2)..]);
            if (to < from)
                throw new FormatException($"size range '{text}' goes down");
            var sizes = new List<long>();
            for (long size = from; size <= to; size *= 2)
                sizes.Add(size);
            return sizes;
        }
        var list = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();
        if (list.Count == 0)
            throw new FormatException("no sizes given");
        if (list.Distinct().Count() != list.Count)
            throw new FormatException($"size list '{text}' repeats a size");
        return list;
    }

    /// <summary>"64MiB", "1GiB", "16KiB": the largest binary unit that divides the size; bytes otherwise.</summary>
    public static string Format(long bytes) => bytes switch
    {
        > 0 when bytes % GiB == 0 => $"{bytes / GiB}GiB",
        > 0 when bytes % MiB == 0 => $"{bytes / MiB}MiB",
        > 0 when bytes % KiB == 0 => $"{bytes / KiB}KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + "B",
    };

    /// <summary>The size as ids spell it: <see cref="Format"/> in lower case ("1gib").</summary>
    public static string Token(long bytes) => Format(bytes).ToLowerInvariant();
}
