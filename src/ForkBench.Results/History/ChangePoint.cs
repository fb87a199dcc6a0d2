using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;

namespace ForkBench.Results.History;

/// <summary>
/// A change in an id's series: <see cref="FirstRunAfter"/> is the first run
/// of the new level. The verdict compares the pooled samples of the runs
/// before and after (same rule as compare), so a change point that is real
/// but smaller than the threshold reads "Same".
/// </summary>
/// <param name="Index">Index of <see cref="FirstRunAfter"/> in the series.</param>
/// <param name="MedianBefore">Median of the run medians since the previous change point.</param>
/// <param name="MedianAfter">Median of the run medians up to the next change point.</param>
public sealed record ChangePoint(
    int Index,
    RunInfo LastRunBefore,
    RunInfo FirstRunAfter,
    double MedianBefore,
    double MedianAfter,
    Verdict Verdict)
{
    public double Ratio => MedianAfter / MedianBefore;
}
