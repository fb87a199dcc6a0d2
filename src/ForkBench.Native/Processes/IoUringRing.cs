namespace ForkBench.Native.Processes;

/// <summary>An io_uring descriptor of the process (/proc/PID/fd/FD → anon_inode:[io_uring]) and its buffer table.</summary>
public sealed record IoUringRing(int Fd, IoUringFdInfo Info);
