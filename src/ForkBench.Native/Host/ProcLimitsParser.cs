using System.Globalization;

namespace ForkBench.Native.Host;

/// <summary>Parses /proc/PID/limits (fs/proc/base.c: proc_pid_limits), a fixed-width table.</summary>
public static class ProcLimitsParser
{
    /// <summary>The "Max locked memory" row: RLIMIT_MEMLOCK.</summary>
    public static MemlockLimit Memlock(string text)
    {
        const string Row = "Max locked memory";
        foreach (string line in text.Split('\n'))
        {
            if (!line.StartsWith(Row, StringComparison.Ordinal))
                continue;
            string[] parts = line[Row.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
                break;
            return new MemlockLimit(Value(parts[0]), Value(parts[1]));
        }
        throw new FormatException("not /proc/PID/limits text: no 'Max locked memory' row");
    }

    private static long? Value(string text) =>
        text == "unlimited" ? null
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value
        : throw new FormatException($"unreadable limit '{text}'");
}
