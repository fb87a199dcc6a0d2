namespace ForkBench.Native.IoUring;

/// <summary>io_uring cannot be used here; the message is the one-line skip reason shown to the user.</summary>
public sealed class IoUringUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner);
