namespace ForkBench.Native.Processes;

/// <summary>
/// What the running kernel says beside the process's own files: its release
/// and the THP policy, which decide how far smaps' counters describe the
/// folios (an mTHP size in use is invisible in smaps).
/// </summary>
/// <param name="KernelRelease">/proc/sys/kernel/osrelease, or "unknown".</param>
/// <param name="ThpEnabled">The selected value of transparent_hugepage/enabled, or "unavailable".</param>
/// <param name="MthpSizesKiB">Anonymous mTHP sizes below 2 MiB whose policy is not "never" (empty before 6.8).</param>
public sealed record KernelFacts(string KernelRelease, string ThpEnabled, IReadOnlyList<int> MthpSizesKiB)
{
    public static KernelFacts Unknown { get; } = new("unknown", "unavailable", []);
}
