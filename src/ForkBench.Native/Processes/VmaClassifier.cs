using ForkBench.Native.Host;

namespace ForkBench.Native.Processes;

/// <summary>Decides the <see cref="VmaKind"/> of an smaps mapping from its flags, inode and name.</summary>
public static class VmaClassifier
{
    /// <summary>Kernel-provided mappings (arch vDSO and friends) named in brackets.</summary>
    private static readonly HashSet<string> SpecialNames = new(StringComparer.Ordinal)
    {
        "[vdso]", "[vvar]", "[vvar_vclock]", "[vsyscall]", "[vectors]", "[sigpage]", "[uprobes]",
    };

    public static VmaKind Classify(SmapsMapping mapping, VmFlag flags)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if ((flags & (VmFlag.PfnMap | VmFlag.Io | VmFlag.MixedMap)) != 0 || SpecialNames.Contains(mapping.Name))
            return VmaKind.Special;
        if ((flags & VmFlag.Hugetlb) != 0)
            return VmaKind.Hugetlb;
        bool shared = (flags & VmFlag.Shared) != 0 || mapping.Permissions is [_, _, _, 's', ..];
        if (shared)
            return IsShmemObject(mapping.Name) ? VmaKind.AnonShared : VmaKind.FileShared;
        // A private mapping has an inode only when a file backs it; the heap,
        // stacks, [anon:name] and private /dev/zero mappings have none.
        return mapping.Inode == 0 ? VmaKind.AnonPrivate : VmaKind.FilePrivate;
    }

    /// <summary>
    /// The names shmem gives the object behind shared anonymous memory:
    /// "/dev/zero (deleted)" (MAP_SHARED|MAP_ANONYMOUS), "/SYSV&lt;key&gt; (deleted)"
    /// (shmget), "[anon_shmem:name]" (named with PR_SET_VMA), "/memfd:name (deleted)".
    /// </summary>
    private static bool IsShmemObject(string name) =>
        name.StartsWith("/dev/zero", StringComparison.Ordinal)
        || name.StartsWith("/SYSV", StringComparison.Ordinal)
        || name.StartsWith("[anon_shmem:", StringComparison.Ordinal)
        || name.StartsWith("/memfd:", StringComparison.Ordinal);
}
