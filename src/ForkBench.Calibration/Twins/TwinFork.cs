namespace ForkBench.Calibration.Twins;

/// <summary>Which fork of a model twin is counted.</summary>
public enum TwinFork
{
    /// <summary>
    /// A fork after a first one whose child exited, nothing written between:
    /// what native mode times (it discards the first fork), so what the
    /// calibration fits and what its predictions compare with.
    /// </summary>
    SteadyState,

    /// <summary>
    /// The first fork of a process that has written its memory since it last
    /// forked (or never forked): writable, exclusive pages to write-protect,
    /// a PMD-mapped pinned THP to split. What a running process's next fork
    /// does, so what <c>explain</c> prices.
    /// </summary>
    First,
}
