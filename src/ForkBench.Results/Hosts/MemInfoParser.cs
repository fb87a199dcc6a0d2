using System.Globalization;

namespace ForkBench.Results.Hosts;

/// <summary>Pure parsing of /proc/meminfo.</summary>
public static class MemInfoParser
{
    /// <summary>MemTotal in bytes ("MemTotal:  24730032 kB"), or null when absent.</summary>
    public static long? MemTotalBytes(string meminfo)
    {
        foreach (string line in meminfo.Split('\n'))
        {
            if (!line.StartsWith("MemTotal:", StringComparison.Ordinal))
                continue;
            string[] parts = line["MemTotal:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                return null;
            // The kernel always prints kB (meaning KiB) here.
            return parts.Length > 1 && parts[1] == "kB" ? value * 1024 : value;
        }
        return null;
    }
}
