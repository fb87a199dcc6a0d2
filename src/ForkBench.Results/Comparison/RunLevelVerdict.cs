using ForkBench.Results.Statistics;

namespace ForkBench.Results.Comparison;

/// <summary>
/// The verdict when the baseline has several runs: the test on the samples
/// ("did these two runs differ?") must agree with the runs ("is the change
/// beyond what unchanged runs of this id show?"). A change the samples show
/// but the runs do not is Unknown, not Slower: unchanged code moves that
/// much between runs. Same needs the samples' equivalence and an id whose
/// run-to-run noise is small enough (at most <see cref="SameNoiseFactor"/>
/// thresholds) that a change of about the threshold could have been seen;
/// a quantity near zero, compared on the absolute scale, is never Same.
/// </summary>
public static class RunLevelVerdict
{
    /// <summary>An id noisier than this many thresholds between runs cannot be called Same.</summary>
    public const double SameNoiseFactor = 2;

    public static Verdict Combine(Verdict samples, RunNoiseLimit? runs, EquivalenceThreshold threshold, Documents.SampleUnit unit)
    {
        if (runs is null)
            return samples;
        // The smallest change that counts on the limit's scale: the relative
        // threshold for ratios, the absolute noise floor for differences.
        double floor = runs.IsRelative ? threshold.RelativePercent / 100 : threshold.NoiseFloorIn(unit);
        return samples switch
        {
            Verdict.Slower when runs.IsAbove(floor) => Verdict.Slower,
            Verdict.Faster when runs.IsBelow(floor) => Verdict.Faster,
            Verdict.Same when runs.IsRelative && runs.Limit <= SameNoiseFactor * floor => Verdict.Same,
            _ => Verdict.Unknown,
        };
    }
}
