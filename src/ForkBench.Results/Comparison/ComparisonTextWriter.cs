using System.Globalization;

namespace ForkBench.Results.Comparison;

/// <summary>
/// Writes a comparison as a plain-text table for the terminal: one row per
/// id, then the ids on one side only, skipped scenarios, changed exact
/// counts, the geometric mean and the overall result. Pure: comparison in,
/// text out, invariant culture.
/// </summary>
public static class ComparisonTextWriter
{
    public static void Write(RunComparison comparison, TextWriter output)
    {
        WriteHeader(comparison, output);
        WriteTable(comparison.Measurements, comparison.Options, output);
        WriteList(output, "Only in baseline", comparison.OnlyInBaseline);
        WriteList(output, "Only in current", comparison.OnlyInCurrent);
        WriteList(output, "Skipped", [.. comparison.Skipped.Select(s => $"{s.Id} ({s.Side}): {s.Reason}")]);
        WriteList(output, "Exact counts changed (certain: the model does different work)", [.. comparison.Measurements
            .SelectMany(m => m.CountChanges.Select(c => $"{m.Id}: {c.Name} {Count(c.Baseline)} -> {Count(c.Current)}"))]);
        WriteSummary(comparison, output);
    }

    private static void WriteHeader(RunComparison c, TextWriter output)
    {
        output.WriteLine($"Baseline: run {c.BaselineRun.Id}, commit {Short(c.BaselineRun.GitCommit)}, host {c.BaselineHost.Id}");
        output.WriteLine($"Current:  run {c.CurrentRun.Id}, commit {Short(c.CurrentRun.GitCommit)}, host {c.CurrentHost.Id}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Samples:  a change counts beyond {c.Options.Threshold} (two one-sided Mann-Whitney tests, alpha {c.Options.Alpha})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ratio:    current/baseline (Hodges-Lehmann) with {c.Options.ConfidenceLevel * 100:0.#}% interval; medians are sample medians (type 7)"));
        if (c.Measurements.Any(m => m.RunNoise is not null))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Runs:     the baseline pools {c.BaselineRun.Replicates?.Count ?? 0} runs; \"runs\" is how far unchanged runs of the id move (+-, alpha {Statistics.RunToRunNoise.Alpha}):"));
            output.WriteLine("          a change inside it is Unknown, not Slower or Faster");
        }
        output.WriteLine();
    }

    private static void WriteTable(IReadOnlyList<MeasurementComparison> rows, ComparisonOptions options, TextWriter output)
    {
        if (rows.Count == 0)
        {
            output.WriteLine("No measurement is present on both sides.");
            return;
        }
        string ciHeader = string.Create(CultureInfo.InvariantCulture, $"{options.ConfidenceLevel * 100:0.#}% CI");
        string[][] cells =
        [
            ["id", "baseline", "current", "ratio", ciHeader, "runs", "verdict", "notes"],
            .. rows.Select(r => new[]
            {
                r.Id, InvariantNumbers.Value(r.BaselineMedian, r.Unit), InvariantNumbers.Value(r.CurrentMedian, r.Unit),
                InvariantNumbers.Ratio(r.Ratio), InvariantNumbers.Interval(r.RatioLower, r.RatioUpper), RunsCell(r.RunNoise, r.Unit), r.Verdict.ToString(), Notes(r),
            }),
        ];
        int[] widths = [.. Enumerable.Range(0, cells[0].Length).Select(col => cells.Max(row => row[col].Length))];
        foreach (string[] row in cells)
        {
            var padded = row.Select((cell, col) => col is 1 or 2 or 3 or 5 ? cell.PadLeft(widths[col]) : cell.PadRight(widths[col]));
            output.WriteLine(string.Join("  ", padded).TrimEnd());
        }
    }

    private static string Notes(MeasurementComparison r)
    {
        var notes = new List<string>();
        if (r.BaselineMultimodal && r.CurrentMultimodal)
            notes.Add("multimodal");
        else if (r.BaselineMultimodal)
            notes.Add("multimodal (baseline)");
        else if (r.CurrentMultimodal)
            notes.Add("multimodal (current)");
        if (r.Incomplete)
            notes.Add("incomplete");
        if (r.Verdict == Verdict.Unknown)
            notes.Add(UnknownReason(r));
        if (r.CountRose)
            notes.Add("exact count rose");
        return string.Join(", ", notes);
    }

    /// <summary>Why a comparison is Unknown: the samples could not tell, or the runs overruled them.</summary>
    internal static string UnknownReason(MeasurementComparison r) => r.SampleVerdict switch
    {
        Verdict.Unknown => "too few samples",
        Verdict.Same => "too noisy between runs to call Same",
        _ => $"{r.SampleVerdict.ToString().ToLowerInvariant()} in the samples, within run-to-run noise",
    };

    private static string RunsCell(Statistics.RunNoiseLimit? runs, Documents.SampleUnit unit) => runs switch
    {
        null => "-",
        { IsRelative: true } => string.Create(CultureInfo.InvariantCulture, $"+-{runs.Limit * 100:0.#}%"),
        _ => "+-" + InvariantNumbers.Value(runs.Limit, unit),
    };

    private static void WriteList(TextWriter output, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine($"{title} ({items.Count}):");
        foreach (string item in items)
            output.WriteLine($"  {item}");
    }

    private static void WriteSummary(RunComparison c, TextWriter output)
    {
        output.WriteLine();
        if (c.GeometricMeanRatio is { } mean)
        {
            int n = c.Measurements.Count(m => m.Ratio is not null);
            output.WriteLine($"Geometric mean of ratios over {n} id(s): {InvariantNumbers.Ratio(mean)} ({InvariantNumbers.PercentChange(mean)})");
        }
        string result = c.IsRegression ? "REGRESSION" : "no regression";
        int countsChanged = c.Measurements.Count(m => m.CountChanges.Count > 0);
        string counts = countsChanged > 0 ? $"; exact counts changed for {countsChanged} id(s)" : "";
        output.WriteLine($"Result: {result}: {c.CountOf(Verdict.Slower)} slower, {c.CountOf(Verdict.Faster)} faster, " +
            $"{c.CountOf(Verdict.Same)} same, {c.CountOf(Verdict.Unknown)} unknown{counts}");
    }

    private static string Count(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "absent";

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
