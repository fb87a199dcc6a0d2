namespace ForkBench.Native.Host;

/// <summary>The fields of /proc/meminfo, in bytes.</summary>
/// <param name="Fields">Every "Name: value kB" line, converted to bytes (counts such as HugePages_Total stay counts).</param>
public sealed record MemInfo(IReadOnlyDictionary<string, long> Fields)
{
    public long TotalBytes => Get("MemTotal");

    /// <summary>The kernel's estimate of memory available without swapping (MemAvailable, 3.14+).</summary>
    public long AvailableBytes =>
        Fields.TryGetValue("MemAvailable", out long value) ? value : Fields.GetValueOrDefault("MemFree");

    public long Get(string name) =>
        Fields.TryGetValue(name, out long value) ? value : throw new KeyNotFoundException($"/proc/meminfo has no {name} line");
}
