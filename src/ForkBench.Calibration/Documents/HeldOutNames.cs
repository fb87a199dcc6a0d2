namespace ForkBench.Calibration.Documents;

/// <summary>The names of the held-out checks, stable in the calibration file.</summary>
public static class HeldOutNames
{
    /// <summary>Each family (tail without size) left out in turn, predicted by a fit on the others.</summary>
    public const string EachFamily = "each-family";

    /// <summary>Every pinned large-folio point left out at once, predicted by a fit on the rest.</summary>
    public const string PinnedLargeFolios = "pinned-large-folios";
}
