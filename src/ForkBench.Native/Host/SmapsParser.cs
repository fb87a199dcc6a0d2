using System.Globalization;

namespace ForkBench.Native.Host;

/// <summary>
/// Parses /proc/PID/smaps (fs/proc/task_mmu.c: show_smap): a header line per
/// mapping ("start-end perms offset dev inode [name]") followed by
/// "Field: value kB" lines and a "VmFlags:" line. Fields a kernel does not
/// print are absent from <see cref="SmapsMapping.Fields"/>, never zero.
/// </summary>
public static class SmapsParser
{
    public static IReadOnlyList<SmapsMapping> Parse(string text)
    {
        var mappings = new List<SmapsMapping>();
        SmapsHeader? header = null;
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        IReadOnlyList<string> flags = [];

        void Flush()
        {
            if (header is { } h)
                mappings.Add(new SmapsMapping(h.Start, h.End, h.Perms, h.Name, fields, flags) { Offset = h.Offset, Device = h.Device, Inode = h.Inode });
            fields = new Dictionary<string, long>(StringComparer.Ordinal);
            flags = [];
        }

        foreach (string line in text.Split('\n'))
        {
            if (TryParseHeader(line, out var parsed))
            {
                Flush();
                header = parsed;
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon <= 0 || header is null)
                continue;
            string name = line[..colon];
            string rest = line[(colon + 1)..];
            if (name == "VmFlags")
            {
                flags = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            string[] parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 1 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                fields[name] = parts.Length > 1 && parts[1] == "kB" ? value * 1024 : value;
        }
        Flush();
        return mappings;
    }

    /// <summary>Sums a field (e.g. AnonHugePages) over the mappings inside [start, end).</summary>
    public static long SumField(IEnumerable<SmapsMapping> mappings, ulong start, ulong end, string field) =>
        mappings.Where(m => m.Start >= start && m.End <= end).Sum(m => m.FieldOrZero(field));

    private static bool TryParseHeader(string line, out SmapsHeader header)
    {
        header = default;
        int dash = line.IndexOf('-');
        int space = line.IndexOf(' ');
        if (dash <= 0 || space <= dash)
            return false;
        if (!ulong.TryParse(line.AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong start)
            || !ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong end))
            return false;
        string[] parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 5
            || !ulong.TryParse(parts[2], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong offset)
            || !ulong.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out ulong inode))
            return false;
        header = new SmapsHeader(start, end, parts[1], offset, parts[3], inode, parts.Length > 5 ? parts[5].Trim() : "");
        return true;
    }

    private readonly record struct SmapsHeader(ulong Start, ulong End, string Perms, ulong Offset, string Device, ulong Inode, string Name);
}
