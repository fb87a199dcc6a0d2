namespace ForkBench.Kernel.Mm;

/// <summary>What a VMA maps.</summary>
public enum VmaBacking
{
    /// <summary>Anonymous memory (private: anon pages; shared: see <see cref="Shmem"/>).</summary>
    Anon,

    /// <summary>MAP_SHARED|MAP_ANONYMOUS: shmem page-cache pages, not PageAnon.</summary>
    Shmem,

    /// <summary>A regular file's page cache.</summary>
    File,
}
