using System.Globalization;

namespace ForkBench.Native.Scenarios;

/// <summary>
/// One fork scenario: how the child is made, what memory the parent holds and
/// how much of it is pinned. Its <see cref="Key"/> plus the size form the
/// measurement id, e.g. <c>native/fork/anon-4k/pin=io_uring/rss=512MiB</c>;
/// ids never change meaning.
/// </summary>
/// <param name="MthpKiB">The folio size for <see cref="MemoryKind.AnonMthp"/>; 0 otherwise.</param>
public sealed record NativeScenario(SpawnKind Spawn, MemoryKind Memory, PinKind Pin, int MthpKiB = 0)
{
    private const long MiB = 1024 * 1024;

    public string SpawnToken => Spawn == SpawnKind.Fork ? "fork" : "vfork";

    public string MemoryToken => Memory switch
    {
        MemoryKind.Anon4K => "anon-4k",
        MemoryKind.AnonThp => "anon-thp",
        MemoryKind.AnonMthp => string.Create(CultureInfo.InvariantCulture, $"anon-mthp-{MthpKiB}k"),
        MemoryKind.Anon4KDontFork => "anon-4k-dontfork",
        MemoryKind.Anon4KWipeOnFork => "anon-4k-wipeonfork",
        MemoryKind.SharedAnon => "shared-anon",
        MemoryKind.FilePrivate => "file-private",
        _ => throw new ArgumentOutOfRangeException(nameof(Memory), Memory, null),
    };

    public string PinToken => Pin switch
    {
        PinKind.None => "none",
        PinKind.All => "io_uring",
        PinKind.Half => "io_uring-half",
        PinKind.OneIn64 => "io_uring-1of64",
        PinKind.Sticky => "io_uring-unregistered",
        _ => throw new ArgumentOutOfRangeException(nameof(Pin), Pin, null),
    };

    /// <summary>The id without the size: <c>native/fork/anon-4k/pin=io_uring</c>.</summary>
    public string Key => $"native/{SpawnToken}/{MemoryToken}/pin={PinToken}";

    /// <summary>A short label for tables: <c>fork anon-4k pin=io_uring</c>.</summary>
    public string Label => $"{SpawnToken} {MemoryToken} pin={PinToken}";

    /// <summary>Whether the scenario needs io_uring.</summary>
    public bool UsesIoUring => Pin != PinKind.None;

    /// <summary>The folio size the buffer is meant to have, in bytes.</summary>
    public long FolioBytes => Memory switch
    {
        MemoryKind.AnonThp => 2 * MiB,
        MemoryKind.AnonMthp => MthpKiB * 1024L,
        _ => 4096,
    };

    public string IdFor(long bufferBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{Key}/rss={bufferBytes / MiB}MiB");

    /// <summary>Bytes registered with io_uring (for <see cref="PinKind.Sticky"/>: registered, then released).</summary>
    public long RegisteredBytes(long bufferBytes) => Pin switch
    {
        PinKind.All or PinKind.Sticky => bufferBytes,
        PinKind.Half => bufferBytes / 2,
        PinKind.OneIn64 => bufferBytes / 64,
        _ => 0,
    };

    /// <summary>Bytes the kernel copies into the child at fork: pinned anonymous pages (whole folios).</summary>
    public long CopiedAtForkBytes(long bufferBytes)
    {
        if (Spawn == SpawnKind.VforkClone || Pin is PinKind.None or PinKind.Sticky
            || Memory is MemoryKind.Anon4KDontFork or MemoryKind.Anon4KWipeOnFork or MemoryKind.SharedAnon)
            return 0;
        long pinned = RegisteredBytes(bufferBytes);
        return Math.Min(bufferBytes, (pinned + FolioBytes - 1) / FolioBytes * FolioBytes);
    }

    /// <summary>
    /// Memory the point needs at its peak: the buffer, what the fork copies,
    /// the child's page tables, a page-cache copy for a file mapping, and a
    /// second buffer's worth when COW writes are timed.
    /// </summary>
    public long EstimatedPeakBytes(long bufferBytes, bool cowWrites) =>
        bufferBytes
        + CopiedAtForkBytes(bufferBytes)
        + bufferBytes / 256
        + (Memory == MemoryKind.FilePrivate ? bufferBytes : 0)
        + (cowWrites && Spawn == SpawnKind.Fork ? bufferBytes : 0);
}
