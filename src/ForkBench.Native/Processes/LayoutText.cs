using System.Globalization;

namespace ForkBench.Native.Processes;

/// <summary>How the layout's messages and tables write sizes: short, binary units, one decimal where needed.</summary>
public static class LayoutText
{
    private const long KiB = 1024, MiB = KiB * 1024, GiB = MiB * 1024;

    /// <summary>
    /// "64MiB", "1.5GiB", "44KiB", "0": the largest unit with one decimal at
    /// most; where one decimal would hide a difference ("128.0MiB" for 4 KiB
    /// less), the next smaller unit ("131068KiB").
    /// </summary>
    public static string Bytes(long bytes) => bytes switch
    {
        0 => "0",
        < 0 => "-" + Bytes(-bytes),
        >= GiB when Scaled(bytes, GiB) is { } g => g + "GiB",
        >= MiB when Scaled(bytes, MiB) is { } m => m + "MiB",
        >= KiB when Scaled(bytes, KiB) is { } k => k + "KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + "B",
    };

    private static string? Scaled(long bytes, long unit)
    {
        if (bytes % unit == 0)
            return (bytes / unit).ToString(CultureInfo.InvariantCulture);
        string text = ((double)bytes / unit).ToString("0.0", CultureInfo.InvariantCulture);
        return text.EndsWith(".0", StringComparison.Ordinal) ? null : text;
    }
}
