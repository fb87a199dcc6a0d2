using System.Globalization;

namespace ForkBench.Native.Host;

/// <summary>Pure parsing of the kernel's CPU list format (/sys/devices/system/cpu/online: "0-3,8,10-11").</summary>
public static class CpuListParser
{
    /// <summary>How many CPUs the list names, or null when it is malformed.</summary>
    public static int? Count(string list)
    {
        int count = 0;
        foreach (string part in list.Trim().Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] bounds = part.Split('-');
            if (bounds.Length > 2 || !TryParse(bounds[0], out int first))
                return null;
            int last = first;
            if (bounds.Length == 2 && !TryParse(bounds[1], out last))
                return null;
            if (last < first)
                return null;
            count += last - first + 1;
        }
        return count == 0 ? null : count;
    }

    private static bool TryParse(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
