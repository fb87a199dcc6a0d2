namespace ForkBench.Calibration.Points;

/// <summary>
/// A native marginal point joined with its model twin: the measured samples
/// and their median, and the twin's counts as the fit's feature vector
/// (one entry per <see cref="Fitting.CostColumn"/>).
/// </summary>
public sealed record CalibrationPoint(string Id, ProcessScenario Process, IReadOnlyList<double> SamplesNs, double MedianNs, IReadOnlyList<double> Features)
{
    public string Tail => Process.Tail;

    /// <summary>The tail without the size (<c>anon-thp/pin=all</c>): the points a held-out check leaves out together.</summary>
    public string Family => Process.TailWithoutSize;

    /// <summary>Large folios (mTHP or THP) pinned when the fork runs: the case whose cost the O(n^2) re-batching decides.</summary>
    public bool PinnedLargeFolio => Process.Folio.Order > 0 && !Process.Pins.IsNone && !Process.UnpinBeforeFork;
}
