namespace ForkBench.Native.Forking;

/// <summary>One timed fork, in nanoseconds.</summary>
/// <param name="ForkNs">From just before the syscall until it returned in the parent.</param>
/// <param name="ForkCpuNs">The parent thread's CPU time over the same span (CLOCK_THREAD_CPUTIME_ID): the kernel's work without time spent waiting for a CPU.</param>
/// <param name="ExitReapNs">From the fork's return until wait4 reaped the child (its exit and mm teardown included); null for COW samples.</param>
/// <param name="CowWriteNs">The parent's first write to every page while the child still shares them; null unless asked.</param>
/// <param name="DiscardReason">Why the sample does not count (child killed after a timeout, wrong exit status), or null.</param>
internal readonly record struct ForkSample(double ForkNs, double ForkCpuNs, double? ExitReapNs, double? CowWriteNs, string? DiscardReason);
