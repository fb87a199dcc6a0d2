using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Statistics;

public class SampleSummarizerTests
{
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
        SampleSummary summary = SampleSummarizer.Summarize([7.0, 7.0, 7.0, 7.0]);
        Assert.Equal(7.0, summary.Median.Estimate, 9);
        Assert.Equal(7.0, summary.Min);
        Assert.Equal(7.0, summary.Max);
    }

    [Fact]
    public void Quartiles_and_the_relative_width_of_the_median_interval_are_at_hand()
    {
        var summary = SampleSummarizer.Summarize([5, 6, 7, 8, 9, 7, 6, 8, 7, 7]);

        Assert.InRange(summary.Median.Estimate, summary.Quantile(0.25)!.Value, summary.Quantile(0.75)!.Value);
        Assert.Null(summary.Quantile(0.33));
        Assert.Equal((summary.Median.Upper!.Value - summary.Median.Lower!.Value) / summary.Median.Estimate, summary.RelativeMedianCiWidth, 12);
        Assert.Null(SampleSummarizer.SummarizeOrNull([]));
        Assert.Equal(double.PositiveInfinity, SampleSummarizer.Summarize([4]).RelativeMedianCiWidth);
    }
}
