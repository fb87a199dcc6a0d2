using FsCheck;
using FsCheck.Fluent;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Statistics;

public class SampleSummarizerTests
{
    /// <summary>
    /// Positive finite samples over many magnitudes, with ties (few distinct
    /// mantissas), 1 to 200 of them: what a time measurement can hold.
    /// </summary>
    private static readonly Arbitrary<double[]> Samples =
        (from n in Gen.Choose(1, 200)
         from values in Gen.ArrayOf(
             from mantissa in Gen.Choose(1, 1000)
             from exponent in Gen.Choose(-9, 9)
             select mantissa * Math.Pow(10, exponent),
             n)
         select values).ToArbitrary();

    [Fact]
    public void Median_interval_contains_the_estimate_and_quantiles_are_ordered()
    {
        SampleSummary summary = SampleSummarizer.Summarize(TestDocuments.Normal(seed: 1, count: 200, mean: 100, standardDeviation: 5));

        Assert.Equal(200, summary.Count);
        Assert.InRange(summary.Median.Estimate, 98, 102);
        Assert.True(summary.Median.Lower < summary.Median.Estimate && summary.Median.Estimate < summary.Median.Upper);
        double[] estimates = [.. summary.Quantiles.Select(q => q.Estimate)];
        Assert.Equal(estimates.Order(), estimates);
        Assert.Equal([0.1, 0.25, 0.75, 0.9], summary.Quantiles.Select(q => q.Probability));
        Assert.All(summary.Quantiles, q => Assert.NotNull(q.Lower));
    }

    [Fact]
    public void Every_interval_lies_within_the_sample_and_around_its_estimate() =>
        Prop.ForAll(Samples, samples =>
        {
            var summary = SampleSummarizer.Summarize(samples);
            Assert.Equal(samples.Min(), summary.Min);
            Assert.Equal(samples.Max(), summary.Max);
            foreach (var q in summary.Quantiles.Prepend(summary.Median))
            {
                Assert.InRange(q.Estimate, summary.Min, summary.Max);
                Assert.Equal(q.Lower is null, q.Upper is null);
                if (q.Lower is { } lower && q.Upper is { } upper)
                {
                    Assert.True(summary.Min <= lower && lower <= q.Estimate && q.Estimate <= upper && upper <= summary.Max,
                        $"p = {q.Probability}: {summary.Min} <= {lower} <= {q.Estimate} <= {upper} <= {summary.Max} fails");
                }
            }
            // The median has an interval exactly from 6 samples on (at 95%).
            Assert.Equal(samples.Length >= 6, summary.Median.Lower is not null);
            Assert.Equal(SampleQuantile.Median(samples), summary.Median.Estimate);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Below_six_samples_the_median_has_no_interval_and_is_wide()
    {
        Assert.Equal(6, SampleSummarizer.MinimumCountForMedianInterval());
        // Five forks of a few hundred ms: the old normal approximation gave a negative lower bound here.
        SampleSummary summary = SampleSummarizer.Summarize([461e6, 341e6, 1210e6, 298e6, 520e6]);

        Assert.Equal(461e6, summary.Median.Estimate);
        Assert.Null(summary.Median.Lower);
        Assert.Null(summary.Median.Upper);
        Assert.Equal(double.PositiveInfinity, summary.RelativeMedianHalfWidth);
        Assert.True(summary.IsWide(SampleSummary.DefaultWideHalfWidth));
    }

    [Fact]
    public void Six_samples_span_the_sample()
    {
        SampleSummary summary = SampleSummarizer.Summarize([3, 1, 6, 2, 5, 4]);

        Assert.Equal(3.5, summary.Median.Estimate);
        Assert.Equal(1, summary.Median.Lower);
        Assert.Equal(6, summary.Median.Upper);
    }

    [Fact]
    public void A_single_sample_has_no_interval()
    {
        SampleSummary summary = SampleSummarizer.Summarize([42.0]);

        Assert.Equal(42.0, summary.Median.Estimate, 9);
        Assert.Null(summary.Median.Lower);
        Assert.Null(summary.Median.Upper);
    }

    [Fact]
    public void Identical_samples_summarise_to_that_value()
    {
        SampleSummary summary = SampleSummarizer.Summarize([7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0]);
        Assert.Equal(7.0, summary.Median.Estimate, 9);
        Assert.Equal(7.0, summary.Median.Lower);
        Assert.Equal(7.0, summary.Median.Upper);
        Assert.Equal(0, summary.RelativeMedianHalfWidth);
        Assert.False(summary.IsWide(0));
    }

    [Fact]
    public void Quartiles_and_the_relative_half_width_of_the_median_interval_are_at_hand()
    {
        // Sorted: 5 6 6 7 7 7 7 8 8 9; n = 10 gives [x(2), x(9)] = [6, 8] around 7.
        var summary = SampleSummarizer.Summarize([5, 6, 7, 8, 9, 7, 6, 8, 7, 7]);

        Assert.Equal(7, summary.Median.Estimate);
        Assert.Equal(6, summary.Median.Lower);
        Assert.Equal(8, summary.Median.Upper);
        Assert.Equal(6.25, summary.Quantile(0.25));
        Assert.Equal(7.75, summary.Quantile(0.75));
        Assert.Null(summary.Quantile(0.33));
        Assert.Equal(1.0 / 7, summary.RelativeMedianHalfWidth, 12);
        Assert.True(summary.IsWide(0.1));
        Assert.False(summary.IsWide(0.15));
        Assert.Null(SampleSummarizer.SummarizeOrNull([]));
        Assert.Equal(double.PositiveInfinity, SampleSummarizer.Summarize([4]).RelativeMedianHalfWidth);
    }

    [Fact]
    public void The_half_width_is_the_larger_side_of_an_asymmetric_interval()
    {
        // n = 6: [1, 100] around a median of 3.5; the upper side decides.
        var summary = SampleSummarizer.Summarize([1, 2, 3, 4, 5, 100]);

        Assert.Equal(96.5 / 3.5, summary.RelativeMedianHalfWidth, 12);
    }

    [Fact]
    public void A_median_that_is_not_positive_has_no_relative_width()
    {
        var summary = SampleSummarizer.Summarize([-3, -2, -1, 0, 1, 2, 3]);

        Assert.Equal(0, summary.Median.Estimate);
        Assert.NotNull(summary.Median.Lower);
        Assert.Equal(double.PositiveInfinity, summary.RelativeMedianHalfWidth);
        Assert.True(summary.IsWide(1));
    }
}
