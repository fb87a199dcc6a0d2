namespace ForkBench.Kernel.Fork;

/// <summary>Negative returns of the copy functions, as the kernel's errno values.</summary>
public static class CopyStatus
{
    public const int Ok = 0;

    /// <summary>-EAGAIN: drop the locks, preallocate a page (or split happened), and resume here.</summary>
    public const int Again = -11;

    /// <summary>-ENOMEM: the fork fails.</summary>
    public const int NoMemory = -12;

    /// <summary>Peter Xu v1: drop the locks, copy this page outside them, relock and install it.</summary>
    public const int BreakCow = -1000;
}
