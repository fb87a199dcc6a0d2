using System.Globalization;

namespace ForkBench.Native.Host;

/// <summary>Parses /proc/PID/status ("Name:\tvalue" lines; fs/proc/array.c: proc_pid_status).</summary>
public static class ProcStatusParser
{
    /// <summary>The identity and memory fields; a field the text lacks stays null.</summary>
    public static ProcessStatus Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in text.Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon > 0)
                values.TryAdd(line[..colon], line[(colon + 1)..].Trim());
        }
        return new ProcessStatus
        {
            Name = values.GetValueOrDefault("Name"),
            State = values.GetValueOrDefault("State"),
            Uid = values.TryGetValue("Uid", out string? uid) && int.TryParse(uid.Split('\t', ' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out int real) ? real : null,
            KernelThread = values.TryGetValue("Kthread", out string? kthread) ? kthread == "1" : null,
            VmSizeBytes = Kilobytes(values, "VmSize"),
            VmPinBytes = Kilobytes(values, "VmPin"),
            VmLckBytes = Kilobytes(values, "VmLck"),
            VmRssBytes = Kilobytes(values, "VmRSS"),
            RssAnonBytes = Kilobytes(values, "RssAnon"),
            RssFileBytes = Kilobytes(values, "RssFile"),
            RssShmemBytes = Kilobytes(values, "RssShmem"),
        };
    }

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

    /// <summary>"  131072 kB" as bytes; null when the field is absent or not a size.</summary>
    private static long? Kilobytes(Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out string? text))
            return null;
        string[] parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts[1] == "kB" && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long kib)
            ? kib * 1024
            : null;
    }
}
