namespace ForkBench.Kernel.Gup;

/// <summary>
/// Ordinary (non-pin) references held on folios, e.g. by pipe buffers or by
/// many forked children: enough of them make a small page look pinned.
/// </summary>
public sealed class ReferenceHandle
{
    /// <summary>The head frame of each referenced folio, once per referenced page.</summary>
    public IReadOnlyList<long> Heads { get; }

    public int ReferencesPerPage { get; }

    public bool Released { get; internal set; }

    internal ReferenceHandle(long[] heads, int referencesPerPage)
    {
        Heads = heads;
        ReferencesPerPage = referencesPerPage;
    }
}
