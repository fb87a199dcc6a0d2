namespace ForkBench.Reporting.Study;

/// <summary>
/// One folio size of the pinned large-folio study: what was measured (ns per
/// GiB of buffer, marginal over the no-buffer fork), what the model counts
/// and what the calibration predicts. Lists indexed by variant follow
/// <see cref="PinnedFolioStudy.Variants"/>. A missing figure is null and,
/// for a measurement, has its reason.
/// </summary>
public sealed record PinnedFolioRow
{
    /// <summary>The folio token: "4k", "64k", "thp".</summary>
    public required string Folio { get; init; }

    /// <summary>The folio size in KiB (the plot's x); 2048 for PMD-mapped THP.</summary>
    public required int FolioKiB { get; init; }

    /// <summary>Steady-state marginal fork cost with every page pinned, ns per GiB.</summary>
    public double? PinnedNsPerGiB { get; init; }

    /// <summary>Why the pinned point has no figure (skipped, no samples), or null.</summary>
    public string? PinnedMissing { get; init; }

    /// <summary>The same process with nothing pinned, ns per GiB.</summary>
    public double? UnpinnedNsPerGiB { get; init; }

    public string? UnpinnedMissing { get; init; }

    /// <summary>
    /// The pinned point's first fork over the floor, ns per GiB: it also
    /// splits PMDs and write-protects a fresh buffer, so it is kept apart.
    /// </summary>
    public double? FirstForkNsPerGiB { get; init; }

    /// <summary>Predicted ns per GiB per variant (null where there is no calibration or no twin).</summary>
    public IReadOnlyList<double?> PredictedNsPerGiB { get; init; } = [];

    /// <summary>Per variant: the prediction leans on costs the fit could not separate.</summary>
    public IReadOnlyList<bool> PredictionUndetermined { get; init; } = [];

    /// <summary>The model's PTE reads per folio, per variant (pinned, at the model size).</summary>
    public IReadOnlyList<double?> PteReadsPerFolio { get; init; } = [];

    /// <summary>The model's pages copied into the child, per variant.</summary>
    public IReadOnlyList<long?> PagesCopied { get; init; } = [];

    /// <summary>Why the model has no counts for this folio size, or null.</summary>
    public string? ModelMissing { get; init; }

    /// <summary>
    /// Today's prediction against the pinned measurement, in percent of the
    /// measurement: (predicted - measured) / measured x 100.
    /// </summary>
    public double? TodayErrorPercent(int todayIndex) =>
        todayIndex >= 0 && todayIndex < PredictedNsPerGiB.Count
            && PredictedNsPerGiB[todayIndex] is { } predicted && PinnedNsPerGiB is { } measured && measured > 0
            ? (predicted - measured) / measured * 100
            : null;
}
