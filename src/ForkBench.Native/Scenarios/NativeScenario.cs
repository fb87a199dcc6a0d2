using ForkBench.Scenarios;

namespace ForkBench.Native.Scenarios;

/// <summary>
/// One fork scenario on the real kernel: how the child is made and the
/// process's memory in the shared vocabulary (<see cref="ProcessScenario"/>,
/// whose size each point sets). Its id is
/// <c>native/&lt;spawn&gt;/&lt;scenario tail&gt;</c>, e.g.
/// <c>native/fork/anon-4k/pin=all/rss=512mib</c>: the same tail as the
/// model's ids for the same process. Pins are io_uring fixed buffers, which
/// cover one contiguous region, so a native share is always "first 1/N".
/// </summary>
public sealed record NativeScenario(SpawnKind Spawn, ProcessScenario Process)
{
    public string SpawnToken => Spawn == SpawnKind.Fork ? "fork" : "vfork";

    /// <summary>The id without the size: <c>native/fork/anon-4k/pin=all</c>.</summary>
    public string Key => $"native/{SpawnToken}/{Process.TailWithoutSize}";

    /// <summary>A short label for tables: <c>fork anon-4k pin=all</c>, <c>fork anon-4k pin=none touch=every-512th</c>.</summary>
    public string Label => $"{SpawnToken} {Process.TailWithoutSize.Replace('/', ' ')}";

    /// <summary>The process at one buffer size.</summary>
    public ProcessScenario At(long bufferBytes) => Process with { SizeBytes = bufferBytes };

    public string IdFor(long bufferBytes) => $"native/{SpawnToken}/{At(bufferBytes).Tail}";

    /// <summary>Whether the scenario needs io_uring.</summary>
    public bool UsesIoUring => !Process.Pins.IsNone;

    /// <summary>
    /// Whether fork() does any work on this buffer at all. vfork shares the
    /// whole mm; fork copies no page table of a MAP_SHARED mapping, skips a
    /// DONTFORK one and gives the child an empty WIPEONFORK one. For those
    /// the buffer's marginal cost is zero by construction: the difference of
    /// two equal forks, a few microseconds either side of zero, which
    /// compared as if it were a cost only flags noise. The run leaves their
    /// marginal figure out (their latency is compared as it is).
    /// </summary>
    public bool ForkWorksOnBuffer =>
        Spawn == SpawnKind.Fork && Process.Mapping != MappingKind.AnonShared && Process.Advice == ForkAdvice.None;

    /// <summary>
    /// Whether fork()'s work on this buffer is the page-table copy alone:
    /// PTE-mapped memory it works on, with no pinned page to copy. These
    /// points get the fork-per-walk figure. For the others a walk over the
    /// buffer's entries is not what the fork spends its time on: copying
    /// pinned pages (a memory copy, which the walk does not track, so
    /// dividing by it adds the walk's noise) or THP's PMDs.
    /// </summary>
    public bool ForkCopiesOnlyPtes =>
        ForkWorksOnBuffer && !Process.Folio.PmdMapped && (Process.Pins.IsNone || Process.UnpinBeforeFork);

    /// <summary>The folio size the buffer is meant to have, in bytes.</summary>
    public long FolioBytes => Process.Folio.Bytes;

    /// <summary>Bytes registered with io_uring (pinned; with UnpinBeforeFork: registered, then released).</summary>
    public long RegisteredBytes(long bufferBytes) => Process.Pins.PagesOf(bufferBytes / 4096) * 4096;

    /// <summary>Bytes the kernel copies into the child at fork: pinned anonymous pages (whole folios).</summary>
    public long CopiedAtForkBytes(long bufferBytes)
    {
        if (Spawn == SpawnKind.VforkClone || Process.Pins.IsNone || Process.UnpinBeforeFork
            || Process.Advice != ForkAdvice.None || Process.Mapping == MappingKind.AnonShared)
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
        + (Process.Mapping == MappingKind.FilePrivate ? bufferBytes : 0)
        + (cowWrites && Spawn == SpawnKind.Fork ? bufferBytes : 0);
}
