using System.Globalization;
using ForkBench.Native.Host;

namespace ForkBench.Native.Memory;

/// <summary>
/// The transparent-hugepage sysfs knobs (Documentation/admin-guide/mm/transhuge.rst):
/// which mTHP sizes the kernel offers, and a temporary policy change that
/// makes one size the only one MADV_HUGEPAGE memory gets. Every change is
/// undone by disposing it, and by a process-exit hook should that be missed.
/// </summary>
public sealed class ThpSysfs(string directory = HostProbe.ThpDirectory)
{
    public string Directory { get; } = directory;

    /// <summary>The mTHP sizes (KiB) with a policy file under <paramref name="directory"/>, ascending.</summary>
    public static IReadOnlyList<int> MthpSizesIn(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
            return [];
        var sizes = new List<int>();
        foreach (string path in System.IO.Directory.EnumerateDirectories(directory, "hugepages-*kB"))
        {
            string name = Path.GetFileName(path);
            if (int.TryParse(name["hugepages-".Length..^2], NumberStyles.None, CultureInfo.InvariantCulture, out int kib)
                && File.Exists(Path.Combine(path, "enabled")))
                sizes.Add(kib);
        }
        sizes.Sort();
        return sizes;
    }

    public IReadOnlyList<int> MthpSizes => MthpSizesIn(Directory);

    /// <summary>
    /// Sets <paramref name="sizeKiB"/> to "madvise" and every other size to
    /// "never", so a MADV_HUGEPAGE range faults in folios of that size only.
    /// Throws <see cref="InvalidOperationException"/> with a user-facing reason
    /// when the size does not exist or the knobs cannot be written.
    /// </summary>
    public SysfsSettingChange IsolateSize(int sizeKiB)
    {
        IReadOnlyList<int> sizes = MthpSizes;
        if (!sizes.Contains(sizeKiB))
            throw new InvalidOperationException(
                $"no mTHP size {sizeKiB} kB on this kernel (available: {string.Join(", ", sizes.Select(s => $"{s}"))} kB)");
        var wanted = sizes.ToDictionary(s => EnabledPath(s), s => s == sizeKiB ? "madvise" : "never");
        return SysfsSettingChange.Apply(wanted, "THP policy");
    }

    /// <summary>mTHP faults that got a folio of this size so far (stats/anon_fault_alloc), or null if not reported.</summary>
    public long? FaultAllocCount(int sizeKiB)
    {
        string? text = HostProbe.ReadOrNull(Path.Combine(Directory, $"hugepages-{sizeKiB}kB", "stats", "anon_fault_alloc"));
        return long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long count) ? count : null;
    }

    private string EnabledPath(int sizeKiB) => Path.Combine(Directory, $"hugepages-{sizeKiB}kB", "enabled");
}
