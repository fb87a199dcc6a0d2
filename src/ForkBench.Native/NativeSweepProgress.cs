namespace ForkBench.Native;

/// <summary>A progress report from a running sweep (for stderr).</summary>
/// <param name="PointIndex">1-based index of the current point (floors included).</param>
/// <param name="PointCount">All points of the run.</param>
/// <param name="Id">The current point's id.</param>
/// <param name="Stage">"preparing", "measuring", "done" or "skipped".</param>
/// <param name="Samples">Samples taken so far at this point.</param>
/// <param name="CurrentMedianNs">The median so far, when there are samples.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="Eta">Estimated time left for the whole run, once there is a basis for it.</param>
/// <param name="Message">A skip reason or other note.</param>
public sealed record NativeSweepProgress(
    int PointIndex,
    int PointCount,
    string Id,
    string Stage,
    int Samples,
    double? CurrentMedianNs,
    TimeSpan Elapsed,
    TimeSpan? Eta,
    string? Message = null);
