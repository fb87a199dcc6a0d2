using ForkBench.Results.Comparison;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;
using Perfolizer.Mathematics.Cpd;

namespace ForkBench.Results.History;

/// <summary>
/// Finds where each id's level changed across a series of runs: EdPelt
/// (Akinshin, "Change point detection with ED-PELT", after Haynes et al.,
/// 2017, "A computationally efficient nonparametric approach for changepoint
/// detection", Statistics and Computing 27:1293-1305) over the per-run
/// sample medians (<see cref="SampleQuantile"/>). Per-run medians, not raw samples: samples within
/// one run are far more alike than samples of different runs (a new process,
/// a new memory layout), and raw samples would turn every run boundary into
/// a change point.
/// </summary>
public static class HistoryAnalyzer
{
    /// <summary>
    /// Each segment must span at least this many runs: one odd run is an
    /// outlier, not a change of level, so a change needs two runs to show.
    /// </summary>
    public const int DefaultMinDistance = 2;

    public static IReadOnlyList<IdHistory> Analyze(IReadOnlyList<RunDocument> runs, ComparisonOptions options, int minDistance = DefaultMinDistance)
    {
        if (minDistance < 1)
            throw new ArgumentOutOfRangeException(nameof(minDistance), minDistance, "must be at least 1");
        IEnumerable<string> ids = runs.SelectMany(r => r.Measurements).Select(m => m.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. ids.Select(id => AnalyzeOne(id, runs, options, minDistance))];
    }

    private static IdHistory AnalyzeOne(string id, IReadOnlyList<RunDocument> runs, ComparisonOptions options, int minDistance)
    {
        var measured = runs
            .Select(run => (run.Run, Measurement: run.Find(id)))
            .Where(x => x.Measurement is { IsSkipped: false })
            .Select(x => (x.Run, Measurement: x.Measurement!))
            .ToList();
        SampleUnit unit = measured.Count > 0 ? measured[0].Measurement.Unit : default;
        if (measured.Any(x => x.Measurement.Unit != unit))
            throw new ResultsDataException($"measurement '{id}' changes unit within the series; an id must not change meaning");
        var points = measured
            .Select(x => new HistoryPoint(x.Run, Median(x.Measurement.Samples), x.Measurement.Samples.Count))
            .ToList();

        double[] medians = [.. points.Select(p => p.Median)];
        int[] ends = EdPeltChangePointDetector.Instance.GetChangePointIndexes(medians, minDistance);
        var changes = new List<ChangePoint>();
        for (int i = 0; i < ends.Length; i++)
        {
            int start = i == 0 ? 0 : ends[i - 1] + 1;
            int after = ends[i] + 1;
            int stop = i + 1 < ends.Length ? ends[i + 1] : medians.Length - 1;
            var before = measured.GetRange(start, after - start);
            var next = measured.GetRange(after, stop - after + 1);
            Verdict verdict = EquivalenceVerdictTest.Decide(
                PerfolizerSamples.Thinned(Pool(before)), PerfolizerSamples.Thinned(Pool(next)), options.Threshold, unit, options.Alpha);
            changes.Add(new ChangePoint(after, measured[after - 1].Run, measured[after].Run,
                Median(medians[start..after]), Median(medians[after..(stop + 1)]), verdict));
        }
        return new IdHistory(id, unit, points, changes);
    }

    private static double[] Pool(List<(RunInfo Run, Measurement Measurement)> runs) =>
        [.. runs.SelectMany(x => x.Measurement.Samples)];

    private static double Median(IReadOnlyList<double> values) => SampleQuantile.Median(values);
}
