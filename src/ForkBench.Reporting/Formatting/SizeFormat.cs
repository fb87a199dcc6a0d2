namespace ForkBench.Reporting.Formatting;

/// <summary>
/// Memory sizes in binary units (KiB, MiB, GiB, TiB), as the kernel and
/// every mm developer counts them.
/// </summary>
public static class SizeFormat
{
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    private static readonly string[] ShortUnits = ["", "K", "M", "G", "T", "P"];

    /// <summary>"4 KiB", "512 MiB", "1.5 GiB".</summary>
    public static string Format(long bytes) => Format(bytes, Units, " ");

    /// <summary>"4K", "512M", "1G": for axis labels where width is scarce.</summary>
    public static string Short(long bytes) => Format(bytes, ShortUnits, "");

    public static string Short(double bytes) => Short((long)Math.Round(bytes));

    private static string Format(long bytes, string[] units, string separator)
    {
        if (bytes < 0)
            return "-" + Format(-bytes, units, separator);
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        // Whole numbers print without decimals; others with at most three significant digits.
        string number = value == Math.Floor(value)
            ? NumberFormat.Fixed(value, 0)
            : NumberFormat.Significant(value, 3);
        return number + separator + units[unit];
    }
}
