namespace ForkBench.Kernel.Tests.Properties;

/// <summary>The kinds of VMA a generated world maps: every folio shape and backing the model has.</summary>
public enum VmaKind
{
    Anon4K,
    AnonOrder2,
    AnonOrder4,
    AnonOrder9Pte,
    PmdThp,
    SharedAnon,
    FilePrivate,
    FileShared,
}

/// <summary>madvise() applied right after the mmap().</summary>
public enum Advice
{
    None,
    DontCopy,
    WipeOnFork,
}

/// <summary>
/// One step of a generated scenario. Processes, VMAs, pins and reference
/// sets are named by a pick that the interpreter reduces modulo what exists
/// at that moment, so any sub-list of a scenario (what shrinking produces)
/// is still a meaningful scenario; an op with nothing to act on is skipped.
/// The interpreter's trace shows what each pick resolved to.
/// </summary>
public abstract record Op;

/// <summary>mmap() of a new VMA in a live process (at most three per process).</summary>
public sealed record MapOp(int Proc, VmaKind Kind, int SizeMiB, Advice Advice) : Op
{
    public override string ToString() =>
        $"Map(proc {Proc}, {Kind}, {SizeMiB} MiB{(Advice == Advice.None ? "" : ", " + Advice)})";
}

/// <summary>Touch every page of a VMA, writing the populate stamp or reading.</summary>
public sealed record PopulateOp(int Proc, int Vma, bool Write) : Op
{
    public override string ToString() => $"Populate(proc {Proc}, vma {Vma}, {(Write ? "write" : "read")})";
}

/// <summary>pin_user_pages(FOLL_WRITE|FOLL_LONGTERM) of a page range inside one VMA.</summary>
public sealed record PinOp(int Proc, int Vma, int Page, int Pages) : Op
{
    public override string ToString() => $"Pin(proc {Proc}, vma {Vma}, page {Page}, {Pages} pages)";
}

/// <summary>unpin_user_pages() of one live pin.</summary>
public sealed record UnpinOp(int Pin) : Op
{
    public override string ToString() => $"Unpin(pin {Pin})";
}

/// <summary>Ordinary references (1024 look like a pin) on a range of mapped pages.</summary>
public sealed record TakeRefsOp(int Proc, int Vma, int Page, int Pages, int RefsPerPage) : Op
{
    public override string ToString() => $"TakeRefs(proc {Proc}, vma {Vma}, page {Page}, {Pages} pages, {RefsPerPage} each)";
}

/// <summary>Drop one live set of extra references.</summary>
public sealed record ReleaseRefsOp(int Refs) : Op
{
    public override string ToString() => $"ReleaseRefs(refs {Refs})";
}

/// <summary>fork() of a live process into the first empty process slot.</summary>
public sealed record ForkOp(int Parent) : Op
{
    public override string ToString() => $"Fork(proc {Parent})";
}

/// <summary>A CPU store of a fresh stamp to one page of a VMA.</summary>
public sealed record WriteOp(int Proc, int Vma, int Page) : Op
{
    public override string ToString() => $"Write(proc {Proc}, vma {Vma}, page {Page})";
}

/// <summary>The pinning process writes into its own pinned buffer, as an application fills a DMA buffer.</summary>
public sealed record WritePinnedOp(int Pin, int Page) : Op
{
    public override string ToString() => $"WritePinned(pin {Pin}, page {Page})";
}

/// <summary>exit() of a live process other than the initial one.</summary>
public sealed record ExitOp(int Proc) : Op
{
    public override string ToString() => $"Exit(proc {Proc})";
}

/// <summary>A generated operation sequence; prints one op per line so a shrunk counterexample reads as a script.</summary>
public sealed record Scenario(IReadOnlyList<Op> Ops)
{
    public override string ToString() =>
        Environment.NewLine + string.Join(Environment.NewLine, Ops.Select((op, i) => $"  {i,2}: {op}"));
}
