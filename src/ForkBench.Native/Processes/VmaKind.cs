namespace ForkBench.Native.Processes;

/// <summary>What backs a VMA, in the terms that decide what fork() does with it.</summary>
public enum VmaKind
{
    /// <summary>Private anonymous memory (heap, stacks, malloc arenas, [anon:...]): copied entry by entry, COW.</summary>
    AnonPrivate,

    /// <summary>Shared memory without a file of its own (MAP_SHARED|MAP_ANONYMOUS, SysV shm, memfd): shared, not copied.</summary>
    AnonShared,

    /// <summary>MAP_PRIVATE of a file: page-cache pages, plus anonymous copies where written.</summary>
    FilePrivate,

    /// <summary>MAP_SHARED of a file: shared, not copied.</summary>
    FileShared,

    /// <summary>Device or kernel memory (VM_PFNMAP, VM_IO, VM_MIXEDMAP, [vdso], [vvar], [vsyscall]): no ordinary pages.</summary>
    Special,

    /// <summary>hugetlbfs pages (MAP_HUGETLB): copied by copy_hugetlb_page_range(), outside ForkBench's scenarios.</summary>
    Hugetlb,
}
