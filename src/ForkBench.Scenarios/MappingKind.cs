namespace ForkBench.Scenarios;

/// <summary>What backs a mapping, as the kernel's VMA sees it at fork.</summary>
public enum MappingKind
{
    /// <summary>MAP_PRIVATE|MAP_ANONYMOUS: a COW mapping; the copy loop's main case.</summary>
    AnonPrivate,

    /// <summary>MAP_SHARED|MAP_ANONYMOUS (shmem): the child shares it; not copied.</summary>
    AnonShared,

    /// <summary>MAP_PRIVATE of a file: page-cache pages until written, then anonymous copies.</summary>
    FilePrivate,

    /// <summary>MAP_SHARED of a file: never copied (the child refaults).</summary>
    FileShared,
}
