namespace ForkBench.Kernel.Mm;

/// <summary>vma->vm_flags bits the fork path reads (include/linux/mm.h).</summary>
[Flags]
public enum VmaFlags
{
    None = 0,
    Read = 1 << 0,
    Write = 1 << 1,
    Shared = 1 << 3,
    MayWrite = 1 << 5,

    /// <summary>VM_DONTCOPY (MADV_DONTFORK): the child does not get this VMA.</summary>
    DontCopy = 1 << 17,

    /// <summary>VM_WIPEONFORK (MADV_WIPEONFORK): the child gets the range empty.</summary>
    WipeOnFork = 1 << 18,

    /// <summary>VM_UFFD_WP: userfaultfd write-protect; makes fork copy even a VMA without anon_vma.</summary>
    UffdWp = 1 << 19,

    /// <summary>
    /// Soft-dirty tracking is on for this VMA (the kernel's VM_SOFTDIRTY is
    /// clear, as after writing 4 to /proc/PID/clear_refs): vma_soft_dirty_enabled().
    /// </summary>
    SoftDirtyTracking = 1 << 20,

    /// <summary>What a private writable anonymous mapping gets from mmap(PROT_READ|PROT_WRITE, MAP_PRIVATE).</summary>
    PrivateReadWrite = Read | Write | MayWrite,

    /// <summary>What a shared writable mapping gets from mmap(PROT_READ|PROT_WRITE, MAP_SHARED).</summary>
    SharedReadWrite = Read | Write | MayWrite | Shared,
}
