namespace ForkBench.Native.Scenarios;

/// <summary>How the child is created.</summary>
public enum SpawnKind
{
    /// <summary>fork(): the address space is copied (dup_mmap, copy_page_range).</summary>
    Fork,

    /// <summary>
    /// clone(CLONE_VM|CLONE_VFORK|SIGCHLD): the child shares the address
    /// space, nothing is copied. What posix_spawn does; the comparison for
    /// "do not copy at all".
    /// </summary>
    VforkClone,
}
