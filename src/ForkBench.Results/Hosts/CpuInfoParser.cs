namespace ForkBench.Results.Hosts;

/// <summary>Pure parsing of /proc/cpuinfo.</summary>
public static class CpuInfoParser
{
    public const string UnknownModel = "unknown";

    /// <summary>The first "model name" (x86) or "Model"/"Hardware" (arm) value.</summary>
    public static string CpuModel(string cpuinfo)
    {
        foreach (string key in (string[])["model name", "Model", "Hardware"])
        {
            if (FirstValue(cpuinfo, key) is { Length: > 0 } value)
                return value;
        }
        return UnknownModel;
    }

    /// <summary>Number of "processor" entries (logical CPUs).</summary>
    public static int ProcessorCount(string cpuinfo) =>
        Lines(cpuinfo).Count(line => Key(line) == "processor");

    /// <summary>True when the CPU reports the "hypervisor" flag (running under a VM).</summary>
    public static bool HasHypervisorFlag(string cpuinfo) =>
        FirstValue(cpuinfo, "flags")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("hypervisor") == true;

    private static string? FirstValue(string cpuinfo, string key)
    {
        foreach (string line in Lines(cpuinfo))
        {
            if (Key(line) == key)
                return line[(line.IndexOf(':') + 1)..].Trim();
        }
        return null;
    }

    private static string? Key(string line)
    {
        int colon = line.IndexOf(':');
        return colon < 0 ? null : line[..colon].Trim();
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n');
}
