using ForkBench.Results.Comparison;
namespace ForkBench.Reporting.Model;

/// <summary>
/// One measurement id compared with its baseline. Medians are in
/// <see cref="Unit"/>; the ratio (current / baseline) and its confidence
/// interval are dimensionless. The verdict is decided upstream by the
/// statistics; the report only prints it.
/// </summary>
/// <param name="Id">Stable measurement id, e.g. "native/fork/anon-4k/pin=all/rss=1gib".</param>
/// <param name="Label">
/// Short reader-facing name made from the measurement's parameters, e.g.
/// "4 KiB pinned 1 GiB": tables and plots show it where a long id would wrap,
/// and list the id once beside it. Empty falls back to the id.
/// </param>
/// <param name="ChangePercent">(current - baseline) / baseline * 100.</param>
/// <param name="Unit">Unit of the medians: "ns" (and other time units) print adaptively.</param>
public sealed record ComparisonRow(
    string Id,
    string Label,
    double BaselineMedian,
    double CurrentMedian,
    double ChangePercent,
    double RatioLow,
    double RatioHigh,
    Verdict Verdict,
    string Unit)
{
    /// <summary>current / baseline.</summary>
    public double Ratio => CurrentMedian / BaselineMedian;

    /// <summary>The label, or the id when no label was made.</summary>
    public string Name => string.IsNullOrWhiteSpace(Label) ? Id : Label;
}
