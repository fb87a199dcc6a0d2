using System.Globalization;

namespace ForkBench.Kernel.Scenarios;

/// <summary>Sizes as ids and command-line values write them: 64MiB, 1GiB, 512KiB.</summary>
public static class SizeText
{
    public static string Format(long bytes) => bytes switch
    {
        _ when bytes >= 1L << 30 && bytes % (1L << 30) == 0 => $"{bytes >> 30}GiB",
        _ when bytes >= 1L << 20 && bytes % (1L << 20) == 0 => $"{bytes >> 20}MiB",
        _ when bytes >= 1L << 10 && bytes % (1L << 10) == 0 => $"{bytes >> 10}KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture),
    };

    public static long Parse(string text)
    {
        string t = text.Trim();
        (string suffix, long unit)[] units = [("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10)];
        foreach (var (suffix, unit) in units)
        {
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && long.TryParse(t[..^suffix.Length], NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0)
                return checked(n * unit);
        }
        return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out long b) && b > 0
            ? b : throw new FormatException($"bad size '{text}' (use e.g. 64MiB, 1GiB)");
    }
}
