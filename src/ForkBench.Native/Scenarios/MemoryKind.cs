namespace ForkBench.Native.Scenarios;

/// <summary>The kind of buffer the parent holds when it forks.</summary>
public enum MemoryKind
{
    /// <summary>Anonymous private memory in 4 KiB pages (MADV_NOHUGEPAGE).</summary>
    Anon4K,

    /// <summary>Anonymous private memory in PMD-mapped 2 MiB THPs (MADV_HUGEPAGE).</summary>
    AnonThp,

    /// <summary>Anonymous private memory in multi-size THP folios of one size (sysfs knobs changed for the allocation).</summary>
    AnonMthp,

    /// <summary>As <see cref="Anon4K"/> with MADV_DONTFORK: the child gets no copy of the range (VM_DONTCOPY).</summary>
    Anon4KDontFork,

    /// <summary>As <see cref="Anon4K"/> with MADV_WIPEONFORK: the child gets the range empty.</summary>
    Anon4KWipeOnFork,

    /// <summary>MAP_SHARED|MAP_ANONYMOUS (shmem): shared mappings are not copied, the child refaults.</summary>
    SharedAnon,

    /// <summary>MAP_PRIVATE of a temporary file, every page written (so every page is a private anonymous copy).</summary>
    FilePrivate,
}
