using System.Globalization;

namespace ForkBench.Reporting.Formatting;

/// <summary>
/// Invariant-culture number formatting with a fixed number of significant
/// digits: a mailing-list reader compares columns by eye, so 13.0 and 234
/// carry the same precision and never a locale's decimal comma.
/// </summary>
public static class NumberFormat
{
    /// <summary>Text printed where a value is missing or not finite.</summary>
    public const string NotAvailable = "n/a";

    public static string Significant(double value, int digits = 3)
    {
        if (!double.IsFinite(value))
            return NotAvailable;
        if (value == 0)
            return "0";

        double magnitude = Math.Floor(Math.Log10(Math.Abs(value)));
        // Beyond seven integer digits a column would grow too wide: switch to 1.28e9.
        if (magnitude >= 7)
            return value.ToString("0." + new string('#', Math.Max(0, digits - 1)) + "e0", CultureInfo.InvariantCulture);
        // Integer digits are never rounded away: 1276 stays 1276, not a made-up 1280.
        if (magnitude >= digits - 1)
            return Math.Round(value).ToString("F0", CultureInfo.InvariantCulture);

        // Round first so 9.996 becomes 10.0 (three digits), not 10.00.
        double scale = Math.Pow(10, magnitude - digits + 1);
        double rounded = Math.Round(value / scale) * scale;
        magnitude = Math.Floor(Math.Log10(Math.Abs(rounded)));

        int decimals = (int)Math.Clamp(digits - 1 - magnitude, 0, 9);
        return rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Axis labels: at most <paramref name="digits"/> significant digits and
    /// no trailing zeros, so ticks read 1, 2.5, 10, 1000 rather than 1.00.
    /// </summary>
    public static string Compact(double value, int digits = 3)
    {
        string text = Significant(value, digits);
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>Fixed decimals, invariant culture; "n/a" when not finite.</summary>
    public static string Fixed(double value, int decimals)
    {
        return double.IsFinite(value)
            ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : NotAvailable;
    }

    /// <summary>A signed percentage such as "+8.37%" or "-0.52%".</summary>
    public static string SignedPercent(double percent, int decimals = 2)
    {
        if (!double.IsFinite(percent))
            return NotAvailable;
        string text = Fixed(Math.Abs(percent), decimals);
        // Rounding can make a tiny negative change print as zero: no sign then.
        bool isZero = text.All(c => c is '0' or '.');
        return (isZero ? "" : percent < 0 ? "-" : "+") + text + "%";
    }

    /// <summary>An exact integer count, invariant culture, no separators (easy to paste into a calculator).</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
