namespace ForkBench.Kernel;

/// <summary>The mmap() flavours the model maps.</summary>
public enum MappingKind
{
    /// <summary>MAP_PRIVATE | MAP_ANONYMOUS.</summary>
    AnonPrivate,

    /// <summary>MAP_SHARED | MAP_ANONYMOUS (shmem).</summary>
    AnonShared,

    /// <summary>MAP_PRIVATE of a regular file.</summary>
    FilePrivate,

    /// <summary>MAP_SHARED of a regular file.</summary>
    FileShared,
}
