namespace ForkBench.Native.Host;

/// <summary>One mapping of /proc/PID/smaps: its range, permissions, name and size fields (bytes).</summary>
public sealed record SmapsMapping(
    ulong Start,
    ulong End,
    string Permissions,
    string Name,
    IReadOnlyDictionary<string, long> Fields,
    IReadOnlyList<string> VmFlags)
{
    public long FieldOrZero(string name) => Fields.TryGetValue(name, out long value) ? value : 0;
}
