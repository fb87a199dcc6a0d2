using System.Globalization;
using ForkBench.Results.Comparison;

namespace ForkBench.Results.History;

/// <summary>Writes change points per id as plain text; pure, invariant culture.</summary>
public static class HistoryTextWriter
{
    public static void Write(IReadOnlyList<IdHistory> histories, int runCount, int minDistance, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{runCount} run(s); change points by EdPelt over per-run medians (at least {minDistance} run(s) per level)"));
        output.WriteLine();
        foreach (IdHistory history in histories)
        {
            int runs = history.Points.Count;
            if (runs < 2 * minDistance)
            {
                output.WriteLine($"{history.Id}: {runs} run(s), too few for change detection (needs {2 * minDistance})");
                continue;
            }
            if (history.ChangePoints.Count == 0)
            {
                output.WriteLine($"{history.Id}: {runs} runs, no change (median {InvariantNumbers.Value(history.Points[^1].Median, history.Unit)} in the last run)");
                continue;
            }
            output.WriteLine($"{history.Id}: {runs} runs, {history.ChangePoints.Count} change(s)");
            foreach (ChangePoint change in history.ChangePoints)
            {
                output.WriteLine(
                    $"  at run {change.FirstRunAfter.Id} (commit {Short(change.FirstRunAfter.GitCommit)}, after run {change.LastRunBefore.Id}): " +
                    $"{InvariantNumbers.Value(change.MedianBefore, history.Unit)} -> {InvariantNumbers.Value(change.MedianAfter, history.Unit)} " +
                    $"({InvariantNumbers.PercentChange(change.Ratio)}, {change.Verdict})");
            }
        }
    }

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
