namespace ForkBench.Native.Tests.Support;

/// <summary>A fact that needs Linux; elsewhere it is skipped and says why.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "needs Linux: reads /proc and /sys or calls Linux system calls";
    }
}
