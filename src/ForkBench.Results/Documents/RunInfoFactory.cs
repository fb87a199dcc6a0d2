using System.Globalization;

namespace ForkBench.Results.Documents;

/// <summary>Makes run descriptions with sortable, unique ids.</summary>
public static class RunInfoFactory
{
    /// <summary>
    /// The id is the UTC start time to the second followed by 8 random hex
    /// digits ("20250101T120000Z-1a2b3c4d"): file names sort by time and two
    /// runs in the same second do not collide.
    /// </summary>
    public static RunInfo Create(DateTime startUtc, string toolVersion, string gitCommit, string source, string? uniqueSuffix = null)
    {
        if (startUtc.Kind != DateTimeKind.Utc)
            throw new ArgumentException("the start time must be UTC", nameof(startUtc));
        var seconds = new DateTime(startUtc.Ticks - startUtc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        string suffix = uniqueSuffix ?? Guid.NewGuid().ToString("N")[..8];
        string id = seconds.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + suffix;
        return new RunInfo(id, seconds, toolVersion, gitCommit, source);
    }

    /// <summary>This assembly's version without build metadata ("0.1.0").</summary>
    public static string ToolVersion()
    {
        string? informational = typeof(RunInfoFactory).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion;
        return informational?.Split('+')[0] ?? "unknown";
    }
}
