namespace ForkBench.Native.Processes;

/// <summary>
/// The registered-buffer table of one io_uring, as its fdinfo lists it.
/// <see cref="DeclaredBuffers"/> is the table's size from the "UserBufs:"
/// line (null when the kernel prints none); the kernel lists the entries
/// only when it gets the ring's lock without waiting, so a busy ring can
/// declare buffers it does not list (<see cref="ListedAll"/> is then false).
/// </summary>
public sealed record IoUringFdInfo(int? DeclaredBuffers, IReadOnlyList<RegisteredBuffer> Buffers, int EmptySlots)
{
    public static IoUringFdInfo Empty { get; } = new(null, [], 0);

    /// <summary>Every declared slot was listed (a buffer or "&lt;none&gt;").</summary>
    public bool ListedAll => DeclaredBuffers is { } declared && Buffers.Count + EmptySlots >= declared;
}
