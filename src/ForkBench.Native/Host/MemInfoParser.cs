using System.Globalization;

namespace ForkBench.Native.Host;

/// <summary>Parses /proc/meminfo text (fs/proc/meminfo.c: "Name:   value kB").</summary>
public static class MemInfoParser
{
    /// <summary>The parsed text, or null when it has no MemTotal line (not /proc/meminfo).</summary>
    public static MemInfo? TryParse(string text)
    {
        try
        {
            return Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static MemInfo Parse(string text)
    {
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string line in text.Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            string[] parts = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                continue;
            bool kilobytes = parts.Length > 1 && parts[1] == "kB";
            fields[line[..colon].Trim()] = kilobytes ? value * 1024 : value;
        }
        if (!fields.ContainsKey("MemTotal"))
            throw new FormatException("not /proc/meminfo text: no MemTotal line");
        return new MemInfo(fields);
    }
}
