namespace ForkBench.Native.Host;

/// <summary>
/// One mapping of /proc/PID/smaps: its range, permissions, file offset,
/// device and inode (0 for anonymous memory), name, size fields (bytes; unitless
/// ones such as THPeligible as printed) and VmFlags codes.
/// </summary>
public sealed record SmapsMapping(
    ulong Start,
    ulong End,
    string Permissions,
    string Name,
    IReadOnlyDictionary<string, long> Fields,
    IReadOnlyList<string> VmFlags)
{
    /// <summary>The file offset in bytes (page offset for anonymous memory).</summary>
    public ulong Offset { get; init; }

    /// <summary>"major:minor" of the backing device, "00:00" for anonymous memory.</summary>
    public string Device { get; init; } = "00:00";

    /// <summary>The backing file's inode; 0 for private anonymous memory and special mappings.</summary>
    public ulong Inode { get; init; }

    public long SizeBytes => (long)(End - Start);

    public long FieldOrZero(string name) => Fields.TryGetValue(name, out long value) ? value : 0;

    /// <summary>The field, or null when this kernel does not print it.</summary>
    public long? FieldOrNull(string name) => Fields.TryGetValue(name, out long value) ? value : null;
}
