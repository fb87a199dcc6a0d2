namespace ForkBench.LayoutHelper;

/// <summary>The buffers the helper can hold; each is one VMA of its own.</summary>
public enum HelperRegionKind
{
    /// <summary>Private anonymous 4 KiB pages (MADV_NOHUGEPAGE), no pins.</summary>
    Plain4K,

    /// <summary>Private anonymous THP (MADV_HUGEPAGE on 2 MiB-aligned memory), no pins.</summary>
    PlainThp,

    /// <summary>Private anonymous 4 KiB pages registered as an io_uring fixed buffer.</summary>
    Pinned4K,

    /// <summary>Private anonymous THP registered as an io_uring fixed buffer.</summary>
    PinnedThp,

    /// <summary>Private anonymous 4 KiB pages with MADV_DONTFORK.</summary>
    DontFork,

    /// <summary>Private anonymous 4 KiB pages with MADV_WIPEONFORK.</summary>
    WipeOnFork,

    /// <summary>MAP_SHARED|MAP_ANONYMOUS (shmem).</summary>
    Shared,
}
