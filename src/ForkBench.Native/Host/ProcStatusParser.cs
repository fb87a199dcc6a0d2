using System.Globalization;

namespace ForkBench.Native.Host;

/// <summary>Parses /proc/PID/status ("Name:\tvalue" lines).</summary>
public static class ProcStatusParser
{
    /// <summary>CAP_IPC_LOCK (include/uapi/linux/capability.h): pinned memory is not charged to RLIMIT_MEMLOCK.</summary>
    public const int CapIpcLock = 14;

    /// <summary>The effective capability set (CapEff, hexadecimal).</summary>
    public static ulong EffectiveCapabilities(string text)
    {
        foreach (string line in text.Split('\n'))
        {
            if (!line.StartsWith("CapEff:", StringComparison.Ordinal))
                continue;
            return ulong.Parse(line["CapEff:".Length..].Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        throw new FormatException("not /proc/PID/status text: no CapEff line");
    }

    public static bool HasCapability(string text, int capability) =>
        (EffectiveCapabilities(text) & (1UL << capability)) != 0;
}
