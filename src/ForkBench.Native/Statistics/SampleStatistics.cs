using Perfolizer;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.Multimodality;
using Perfolizer.Mathematics.QuantileEstimators;

namespace ForkBench.Native.Statistics;

/// <summary>Summaries computed with Perfolizer; nothing is re-derived by hand.</summary>
public static class SampleStatistics
{
    /// <summary>The confidence level used for median intervals.</summary>
    public const double Confidence = 0.95;

    /// <summary>Below this many samples a modality verdict means little; none is given.</summary>
    private const int MinSamplesForModality = 10;

    /// <summary>
    /// Harrell-Davis quantiles (Harrell and Davis 1982, Biometrika 69(3)) and
    /// their confidence interval; Lowland modality (Akinshin 2020). Null for no samples.
    /// </summary>
    public static SampleSummary? Summarize(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
            return null;
        var sample = new Sample(samples.ToArray());
        HarrellDavisQuantileEstimator hd = HarrellDavisQuantileEstimator.Instance;
        ConfidenceInterval ci = hd.QuantileConfidenceIntervalEstimator(sample, Probability.Half)
            .ConfidenceInterval(new ConfidenceLevel(Confidence));
        return new SampleSummary
        {
            Count = samples.Count,
            Median = hd.Quantile(sample, Probability.Half),
            MedianCiLower = ci.Lower,
            MedianCiUpper = ci.Upper,
            ConfidenceLevel = Confidence,
            Q1 = hd.Quantile(sample, 0.25),
            Q3 = hd.Quantile(sample, 0.75),
            Min = samples.Min(),
            Max = samples.Max(),
            Modality = Modality(sample),
        };
    }

    private static int? Modality(Sample sample)
    {
        if (sample.Size < MinSamplesForModality || sample.SortedValues[0] == sample.SortedValues[^1])
            return null;
        return LowlandModalityDetector.Instance.DetectModes(sample).Modality;
    }
}
