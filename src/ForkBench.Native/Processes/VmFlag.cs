namespace ForkBench.Native.Processes;

/// <summary>
/// The VMA flags smaps prints as two-letter codes on its VmFlags line
/// (fs/proc/task_mmu.c: show_smap_vma_flags). The comment of each names its
/// code and, where it matters, what fork() does with such a VMA.
/// </summary>
[Flags]
public enum VmFlag : ulong
{
    None = 0,

    /// <summary>rd: readable.</summary>
    Read = 1UL << 0,

    /// <summary>wr: writable.</summary>
    Write = 1UL << 1,

    /// <summary>ex: executable.</summary>
    Exec = 1UL << 2,

    /// <summary>sh: shared; fork shares the pages and copies no page tables (vma_needs_copy()).</summary>
    Shared = 1UL << 3,

    /// <summary>mr: may read.</summary>
    MayRead = 1UL << 4,

    /// <summary>mw: may write.</summary>
    MayWrite = 1UL << 5,

    /// <summary>me: may execute.</summary>
    MayExec = 1UL << 6,

    /// <summary>ms: may share.</summary>
    MayShare = 1UL << 7,

    /// <summary>gd: stack segment grows down.</summary>
    GrowsDown = 1UL << 8,

    /// <summary>pf: pure PFN range (VM_PFNMAP): no struct pages; fork copies the entries as they are.</summary>
    PfnMap = 1UL << 9,

    /// <summary>lo: pages are locked in memory (mlock).</summary>
    Locked = 1UL << 10,

    /// <summary>io: memory-mapped I/O area (VM_IO).</summary>
    Io = 1UL << 11,

    /// <summary>sr: sequential read advised.</summary>
    SeqRead = 1UL << 12,

    /// <summary>rr: random read advised.</summary>
    RandRead = 1UL << 13,

    /// <summary>dc: VM_DONTCOPY (MADV_DONTFORK): the child gets no such VMA; dup_mmap() skips it.</summary>
    DontCopy = 1UL << 14,

    /// <summary>de: do not expand on mremap.</summary>
    DontExpand = 1UL << 15,

    /// <summary>lf: lock pages on fault (mlock2 MLOCK_ONFAULT).</summary>
    LockOnFault = 1UL << 16,

    /// <summary>ac: accounted (counted against overcommit).</summary>
    Account = 1UL << 17,

    /// <summary>nr: swap space is not reserved.</summary>
    NoReserve = 1UL << 18,

    /// <summary>ht: hugetlb pages; fork copies them with copy_hugetlb_page_range().</summary>
    Hugetlb = 1UL << 19,

    /// <summary>sf: synchronous page faults (MAP_SYNC).</summary>
    Sync = 1UL << 20,

    /// <summary>wf: VM_WIPEONFORK (MADV_WIPEONFORK): the child gets the range empty; no page tables copied.</summary>
    WipeOnFork = 1UL << 21,

    /// <summary>dd: not included in core dumps (MADV_DONTDUMP).</summary>
    DontDump = 1UL << 22,

    /// <summary>sd: soft-dirty tracking.</summary>
    SoftDirty = 1UL << 23,

    /// <summary>mm: mixed map (VM_MIXEDMAP): fork copies the entries even when nothing is anonymous.</summary>
    MixedMap = 1UL << 24,

    /// <summary>hg: MADV_HUGEPAGE.</summary>
    HugePage = 1UL << 25,

    /// <summary>nh: MADV_NOHUGEPAGE.</summary>
    NoHugePage = 1UL << 26,

    /// <summary>mg: mergeable (KSM, MADV_MERGEABLE).</summary>
    Mergeable = 1UL << 27,

    /// <summary>um: userfaultfd missing-page tracking.</summary>
    UffdMissing = 1UL << 28,

    /// <summary>uw: userfaultfd write-protect tracking; fork then copies page tables even of shared VMAs.</summary>
    UffdWp = 1UL << 29,

    /// <summary>ui: userfaultfd minor-fault tracking.</summary>
    UffdMinor = 1UL << 30,

    /// <summary>ss: shadow stack.</summary>
    ShadowStack = 1UL << 31,

    /// <summary>sl: sealed (mseal).</summary>
    Sealed = 1UL << 32,
}
