namespace ForkBench.Reporting.Model;

/// <summary>
/// The model's cost for one copy variant in one scenario group, in
/// nanoseconds per PTE, with the spread (Low..High) and, when recorded,
/// the exact counts behind it.
/// </summary>
/// <param name="Group">Scenario group, e.g. "4 KiB" or "pinned".</param>
/// <param name="Variant">Copy variant, e.g. "upstream" or "batched-rmap".</param>
public sealed record VariantResult(
    string Group,
    string Variant,
    double NsPerPte,
    double LowNsPerPte,
    double HighNsPerPte)
{
    public ModelCounts? Counts { get; init; }
}
