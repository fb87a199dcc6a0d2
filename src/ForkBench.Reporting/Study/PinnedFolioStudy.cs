using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Study;

/// <summary>Everything the pinned large-folio study report shows, gathered before it is written.</summary>
public sealed record PinnedFolioStudy
{
    public required ReportHeader Header { get; init; }

    /// <summary>The buffer size whose measurements fill the table (the largest measured).</summary>
    public required long MeasuredSizeBytes { get; init; }

    /// <summary>The size the model counted and the calibration priced.</summary>
    public required long ModelSizeBytes { get; init; }

    /// <summary>The kernel's variant first (when one models it), then the proposals.</summary>
    public required IReadOnlyList<StudyVariant> Variants { get; init; }

    /// <summary>Rows, smallest folio first.</summary>
    public required IReadOnlyList<PinnedFolioRow> Rows { get; init; }

    /// <summary>"calibrated ... on run ..., held-out median error ...", or null without a calibration.</summary>
    public string? Provenance { get; init; }

    /// <summary>The fitted cost of a PTE read by the copy walk, or null without a calibration.</summary>
    public PteReadCost? PteRead { get; init; }

    /// <summary>
    /// The fitted cost of an entry compared by folio_pte_batch() (the reads
    /// a pinned large folio's re-scans multiply), or null without a
    /// calibration or where the calibration has no such column.
    /// </summary>
    public PteReadCost? PteBatchCompare { get; init; }

    /// <summary>What to run to calibrate this host, shown when there is no calibration.</summary>
    public string? CalibrateHint { get; init; }

    /// <summary>Run-wide remarks (an interrupted run, a THP knob not restored, no variant for this kernel).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int TodayIndex => Variants.ToList().FindIndex(v => v.IsToday);
}
