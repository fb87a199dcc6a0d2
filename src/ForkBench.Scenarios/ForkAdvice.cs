namespace ForkBench.Scenarios;

/// <summary>madvise() advice that changes what fork() does with a range.</summary>
public enum ForkAdvice
{
    None,

    /// <summary>MADV_DONTFORK (VM_DONTCOPY): the child has no such range.</summary>
    DontFork,

    /// <summary>MADV_WIPEONFORK: the child gets the range empty (zero-filled on touch).</summary>
    WipeOnFork,
}
