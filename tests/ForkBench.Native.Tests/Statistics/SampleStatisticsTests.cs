using ForkBench.Native.Statistics;

namespace ForkBench.Native.Tests.Statistics;

public sealed class SampleStatisticsTests
{
    [Fact]
    public void No_samples_no_summary() => Assert.Null(SampleStatistics.Summarize([]));

    [Fact]
    public void The_median_lies_inside_its_interval_and_the_quartiles()
    {
        double[] samples = [5, 7, 6, 9, 5.5, 6.5, 8, 7.5, 6.2, 6.8];

        SampleSummary s = SampleStatistics.Summarize(samples)!;

        Assert.Equal(10, s.Count);
        Assert.InRange(s.Median, s.MedianCiLower, s.MedianCiUpper);
        Assert.InRange(s.Median, s.Q1, s.Q3);
        Assert.Equal(5, s.Min);
        Assert.Equal(9, s.Max);
        Assert.Equal(0.95, s.ConfidenceLevel);
    }

    [Fact]
    public void Identical_samples_have_no_modality_verdict()
    {
        SampleSummary s = SampleStatistics.Summarize(Enumerable.Repeat(3.0, 20).ToArray())!;

        Assert.Null(s.Modality);
        Assert.Equal(3, s.Median, 9);
    }

    [Fact]
    public void Two_clusters_are_two_modes()
    {
        double[] samples = [.. Enumerable.Range(0, 20).Select(i => 100.0 + i % 5), .. Enumerable.Range(0, 20).Select(i => 300.0 + i % 5)];

        Assert.Equal(2, SampleStatistics.Summarize(samples)!.Modality);
    }
}
