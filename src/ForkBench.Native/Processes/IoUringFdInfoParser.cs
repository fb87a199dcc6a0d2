using System.Globalization;

namespace ForkBench.Native.Processes;

/// <summary>
/// Parses the io_uring part of /proc/PID/fdinfo/FD (io_uring/fdinfo.c:
/// io_uring_show_fdinfo): a "UserBufs:\t&lt;n&gt;" line, then one line per
/// slot, "%5u: 0x%llx/%u" (user address / length in bytes) or
/// "%5u: &lt;none&gt;" for an empty slot of a sparse table. The format is the
/// same from 5.6 to 6.18; older kernels print no UserBufs line.
/// </summary>
public static class IoUringFdInfoParser
{
    public static IoUringFdInfo Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] lines = text.Split('\n');
        int header = Array.FindIndex(lines, l => l.StartsWith("UserBufs:", StringComparison.Ordinal));
        if (header < 0
            || !int.TryParse(lines[header]["UserBufs:".Length..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int declared))
            return IoUringFdInfo.Empty;
        var buffers = new List<RegisteredBuffer>();
        int empty = 0;
        for (int i = header + 1; i < lines.Length; i++)
        {
            if (!TryParseSlot(lines[i], out int index, out string entry))
                break;
            if (entry == "<none>")
                empty++;
            else if (TryParseRange(entry, out ulong address, out long length))
                buffers.Add(new RegisteredBuffer(index, address, length));
            else
                break;
        }
        return new IoUringFdInfo(declared, buffers, empty);
    }

    /// <summary>"    3: rest" → 3, "rest"; false for the next section's "Name:\t..." lines.</summary>
    private static bool TryParseSlot(string line, out int index, out string entry)
    {
        index = 0;
        entry = "";
        int colon = line.IndexOf(':');
        if (colon <= 0 || !int.TryParse(line.AsSpan(0, colon).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out index))
            return false;
        entry = line[(colon + 1)..].Trim();
        return true;
    }

    private static bool TryParseRange(string entry, out ulong address, out long length)
    {
        address = 0;
        length = 0;
        int slash = entry.IndexOf('/');
        if (slash < 0 || !entry.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            return false;
        return ulong.TryParse(entry.AsSpan(2, slash - 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out address)
            && long.TryParse(entry.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out length);
    }
}
