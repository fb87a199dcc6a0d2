using ForkBench.Native.Statistics;

namespace ForkBench.Native.Tests.Statistics;

public sealed class AdaptiveStopRuleTests
{
    private static readonly AdaptiveStopRule Rule = new() { MinSamples = 5, MaxSamples = 30, TargetRelativeHalfWidth = 0.05, Budget = TimeSpan.FromSeconds(2) };

    [Fact]
    public void The_default_target_is_the_reports_wide_threshold() =>
        Assert.Equal(ForkBench.Results.Documents.SampleSummary.DefaultWideHalfWidth, new AdaptiveStopRule().TargetRelativeHalfWidth);

    [Fact]
    public void Never_stops_before_the_minimum_even_when_over_budget() =>
        Assert.Null(Rule.StopReason([1, 1, 1, 1], TimeSpan.FromHours(1)));

    [Fact]
    public void Stops_when_the_median_is_known_well_enough() =>
        // Six samples: the interval is [min, max] = [99.9, 100.1] around 100.01, +-0.11%.
        Assert.Equal("ci", Rule.StopReason([100, 100.1, 99.9, 100.05, 99.95, 100.02], TimeSpan.Zero));

    [Fact]
    public void Five_samples_have_no_interval_however_close_they_are() =>
        Assert.Null(Rule.StopReason([100, 100.1, 99.9, 100.05, 99.95], TimeSpan.Zero));

    [Fact]
    public void Either_side_of_the_interval_past_the_target_keeps_sampling()
    {
        // [x(1), x(6)] = [99, 112] around 100.5: 1.5% below but 11.4% above.
        Assert.Null(Rule.StopReason([99, 100, 100, 101, 101, 112], TimeSpan.Zero));
        Assert.Equal("ci", (Rule with { TargetRelativeHalfWidth = 0.12 }).StopReason([99, 100, 100, 101, 101, 112], TimeSpan.Zero));
    }

    [Fact]
    public void Keeps_going_on_noisy_samples_within_budget() =>
        Assert.Null(Rule.StopReason([10, 200, 35, 90, 150, 60], TimeSpan.FromSeconds(1)));

    [Fact]
    public void Stops_noisy_samples_when_the_budget_is_spent() =>
        Assert.Equal("budget", Rule.StopReason([10, 200, 35, 90, 150], TimeSpan.FromSeconds(2)));

    [Fact]
    public void Stops_at_the_maximum() =>
        Assert.Equal("max-samples", Rule.StopReason(Enumerable.Range(0, 30).Select(i => (double)(i * 37 % 101)).ToArray(), TimeSpan.Zero));

    [Fact]
    public void With_a_paired_figure_both_medians_must_be_known_well_enough()
    {
        double[] steady = [100, 100.1, 99.9, 100.05, 99.95, 100.02];
        double[] spread = [1.0, 1.3, 1.5, 1.6, 1.7, 2.0];

        Assert.Null(Rule.StopReason(steady, TimeSpan.Zero, spread));
        Assert.Equal("ci", Rule.StopReason(steady, TimeSpan.Zero, steady));
        Assert.Equal("budget", Rule.StopReason(steady, TimeSpan.FromSeconds(2), spread));
    }
}
