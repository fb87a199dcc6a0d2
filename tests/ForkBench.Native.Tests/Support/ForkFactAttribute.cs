using ForkBench.Native.Forking;

namespace ForkBench.Native.Tests.Support;

/// <summary>A fact that forks through the x86-64 stub; skipped with the reason elsewhere.</summary>
public sealed class ForkFactAttribute : FactAttribute
{
    public ForkFactAttribute()
    {
        if (ForkStub.UnsupportedReason is { } reason)
            Skip = $"fork stub unavailable: {reason}";
    }
}
