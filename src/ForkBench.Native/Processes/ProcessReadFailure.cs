namespace ForkBench.Native.Processes;

/// <summary>Why a process's layout could not be read.</summary>
public enum ProcessReadFailure
{
    /// <summary>There is no such process.</summary>
    NoProcess,

    /// <summary>It exited before or while it was read (files vanished, a zombie, smaps cut short).</summary>
    Exited,

    /// <summary>/proc refused a file: another user's process (smaps needs ptrace read access).</summary>
    PermissionDenied,

    /// <summary>It has no user memory: a kernel thread.</summary>
    NoUserMemory,

    /// <summary>Any other read failure.</summary>
    Unreadable,
}
