namespace ForkBench.Reporting.Model;

/// <summary>
/// Exact event counts of one model run: they explain the ns/PTE figure
/// (each atomic is a locked read-modify-write on a struct page cache line,
/// each copy is a 4 KiB memcpy done by copy_present_page()).
/// </summary>
/// <param name="Ptes">Present PTEs the copy walked.</param>
/// <param name="Atomics">Locked RMWs on struct page (refcount/mapcount).</param>
/// <param name="PagesCopied">Pages copied eagerly because they may be DMA-pinned.</param>
/// <param name="Retries">Times a batch was retried (e.g. after a failed try-lock).</param>
public sealed record ModelCounts(long Ptes, long Atomics, long PagesCopied, long Retries)
{
    /// <summary>Atomics per PTE; NaN when no PTE was walked.</summary>
    public double AtomicsPerPte => Ptes == 0 ? double.NaN : (double)Atomics / Ptes;
}
