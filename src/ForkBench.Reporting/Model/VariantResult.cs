using ForkBench.Results.Documents;

namespace ForkBench.Reporting.Model;

/// <summary>
/// The model's cost for one copy variant in one scenario group, in
/// nanoseconds per PTE, with the 95% interval of the median (Low..High,
/// both null where the sample was too small for one) and, when recorded,
/// the exact counts behind it.
/// </summary>
/// <param name="Group">Scenario group, e.g. "4 KiB" or "pinned".</param>
/// <param name="Variant">Copy variant, e.g. "upstream" or "batched-rmap".</param>
public sealed record VariantResult(
    string Group,
    string Variant,
    double NsPerPte,
    double? LowNsPerPte,
    double? HighNsPerPte)
{
    public ModelCounts? Counts { get; init; }

    /// <summary>Whether the median has an interval.</summary>
    public bool HasInterval => LowNsPerPte is not null && HighNsPerPte is not null;

    /// <summary>How far the interval reaches from the median, the larger side, relative to it; infinity for none.</summary>
    public double RelativeHalfWidth => QuantileEstimate.RelativeHalfWidthOf(NsPerPte, LowNsPerPte, HighNsPerPte);
}
