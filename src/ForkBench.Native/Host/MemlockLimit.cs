namespace ForkBench.Native.Host;

/// <summary>RLIMIT_MEMLOCK, in bytes; null means unlimited.</summary>
public sealed record MemlockLimit(long? SoftBytes, long? HardBytes);
