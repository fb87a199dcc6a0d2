namespace ForkBench.Native.Tests.Support;

/// <summary>A theory that needs Linux; elsewhere it is skipped and says why.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "needs Linux: maps memory with mmap/madvise and reads /proc";
    }
}
