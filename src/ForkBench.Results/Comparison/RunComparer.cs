using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;
using Pragmastat.Estimators;

namespace ForkBench.Results.Comparison;

/// <summary>
/// Compares a current run with a baseline run id by id, from the raw
/// samples (the stored summaries are not trusted). Ratios and shifts are
/// current relative to baseline, so a ratio above 1 is slower.
/// </summary>
public static class RunComparer
{
    public static RunComparison Compare(RunDocument baseline, RunDocument current, ComparisonOptions options)
    {
        var measurements = new List<MeasurementComparison>();
        RunToRunNoise noise = RunToRunNoise.From(baseline);
        var skipped = new List<SkippedMeasurement>();
        foreach (Measurement now in current.Measurements)
        {
            if (baseline.Find(now.Id) is not { } before)
                continue;
            if (before.IsSkipped || now.IsSkipped)
            {
                if (before.SkippedReason is { } beforeReason)
                    skipped.Add(new SkippedMeasurement(now.Id, "baseline", beforeReason));
                if (now.SkippedReason is { } nowReason)
                    skipped.Add(new SkippedMeasurement(now.Id, "current", nowReason));
                continue;
            }
            measurements.Add(CompareOne(before, now, options, noise));
        }

        var currentIds = current.Measurements.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var baselineIds = baseline.Measurements.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        double[] ratios = [.. measurements.Where(m => m.Ratio is > 0).Select(m => m.Ratio!.Value)];
        return new RunComparison(
            baseline.Run, baseline.Host, current.Run, current.Host, options,
            measurements,
            [.. baseline.Measurements.Select(m => m.Id).Where(id => !currentIds.Contains(id))],
            [.. current.Measurements.Select(m => m.Id).Where(id => !baselineIds.Contains(id))],
            skipped,
            ComparisonWarnings.For(baseline, current, measurements),
            ratios.Length == 0 ? null : Math.Exp(ratios.Average(Math.Log)));
    }

    private static MeasurementComparison CompareOne(Measurement before, Measurement now, ComparisonOptions options, RunToRunNoise noise)
    {
        if (before.Unit != now.Unit)
            throw new ResultsDataException($"measurement '{now.Id}' is in {before.Unit} in the baseline but {now.Unit} now; an id must not change meaning");
        var baselineSample = PerfolizerSamples.Thinned(before.Samples);
        var currentSample = PerfolizerSamples.Thinned(now.Samples);
        var ratio = HodgesLehmannRatioInterval.Estimate(baselineSample, currentSample, options.ConfidenceLevel);
        Verdict samples = EquivalenceVerdictTest.Decide(baselineSample, currentSample, options.Threshold, now.Unit, options.Alpha);
        RunNoiseLimit? runs = noise.For(before, now);
        return new MeasurementComparison(
            now.Id,
            now.Unit,
            before.Samples.Count,
            now.Samples.Count,
            SampleQuantile.Median(before.Samples),
            SampleQuantile.Median(now.Samples),
            ratio.Ratio,
            ratio.Lower,
            ratio.Upper,
            ShiftEstimator.Instance.Estimate(currentSample, baselineSample),
            RunLevelVerdict.Combine(samples, runs, options.Threshold, now.Unit),
            ModalityCheck.IsMultimodal(baselineSample),
            ModalityCheck.IsMultimodal(currentSample),
            before.Incomplete || now.Incomplete,
            CountChanges(before.Counts, now.Counts),
            samples,
            runs);
    }

    /// <summary>
    /// The counts that differ. A count one side does not record and the
    /// other records as zero is no change (a newer tool counts something the
    /// older one did not, and there was none of it); absent against a
    /// non-zero count is listed, though it is no rise.
    /// </summary>
    private static IReadOnlyList<CountChange> CountChanges(IReadOnlyDictionary<string, long>? before, IReadOnlyDictionary<string, long>? now)
    {
        if (before is null || now is null)
            return [];
        return [.. before.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(name => new CountChange(name, before.TryGetValue(name, out long b) ? b : null, now.TryGetValue(name, out long c) ? c : null))
            .Where(change => (change.Baseline ?? 0) != (change.Current ?? 0))];
    }
}
