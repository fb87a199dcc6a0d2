using System.Globalization;

namespace ForkBench.Native.Host;

/// <summary>Warns when the machine was busy: fork wall times then include waiting for a CPU.</summary>
public static class LoadCheck
{
    /// <summary>A warning when the 1-minute load average exceeds the CPU count, else null.</summary>
    /// <param name="loadAverage">"1min 5min 15min", as in <see cref="HostDescription.LoadAverage"/>.</param>
    public static string? Warning(string loadAverage, int logicalCpus)
    {
        ArgumentNullException.ThrowIfNull(loadAverage);
        string first = loadAverage.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (!double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out double load) || load <= logicalCpus)
            return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"load average {load:0.##} on {logicalCpus} CPUs when the run started: wall times include waiting for a CPU; the cpu column does not");
    }
}
