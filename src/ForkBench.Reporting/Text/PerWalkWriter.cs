using ForkBench.Reporting.Formatting;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Text;

/// <summary>
/// The native figure that where a buffer's memory happens to sit does not
/// move: each fork's cost over a pagemap walk of the same buffer, timed in
/// the same round. The one to quote when a kernel change to the copy loop
/// is a few percent; the latency table moves with the placement.
/// </summary>
public static class PerWalkWriter
{
    public const string Title = "Native: the buffer's cost per pagemap walk of it, paired in rounds";

    public static string Write(IReadOnlyList<PerWalkRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return PairedRoundsTable.Write(Title, ("scenario", "RSS", "x walk"),
            rows.Select(r => new PairedRoundsTable.Row(r.Scenario, SizeFormat.Format(r.SizeBytes), r.Median, r.Lower, r.Upper, r.Rounds)),
            "Each round times the fork, a read of /proc/self/pagemap over the buffer (the kernel walks the same page "
            + "tables and struct pages) and a fork with the buffer hidden by MADV_DONTFORK; the figure is the median of "
            + "the rounds' (fork - hidden) / walk. Only where the PTE copy is fork's whole work on the buffer (no pinned "
            + "page to copy).");
    }
}
