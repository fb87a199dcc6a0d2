using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests;

public sealed class NativeTableFormatterTests
{
    [Fact]
    public void Names_the_host_in_the_header()
    {
        string text = NativeTableFormatter.Format(SampleResults.Create());

        Assert.StartsWith("Linux 6.18.0-test X64, Test CPU, 2 CPUs, 24.0 GiB, .NET 10.0.0", text, StringComparison.Ordinal);
        Assert.Contains("THP enabled=madvise defrag=madvise mTHP 2048kB=inherit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_median_marginal_and_first_fork_in_ms()
    {
        string row = Row(NativeTableFormatter.Format(SampleResults.Create()), "fork anon-4k pin=none");

        Assert.Contains("512 MiB", row, StringComparison.Ordinal);
        Assert.Contains(" 13.0", row, StringComparison.Ordinal);
        Assert.Contains(" 12.6", row, StringComparison.Ordinal);
        Assert.Contains(" 20.00", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_of_five_samples_says_it_has_no_interval()
    {
        string text = NativeTableFormatter.Format(SampleResults.Create());
        string row = Row(text, "fork anon-4k pin=none");

        Assert.EndsWith("no interval", row, StringComparison.Ordinal);
        Assert.Contains("wide: the 95% interval of the median is wider than +-5% (n too small or too noisy); no interval: fewer than 6 samples", text, StringComparison.Ordinal);
        // The floor has six samples within +-1.5%: its interval is printed and not marked.
        Assert.Contains("(95% CI 0.450..0.460, n=6)", text, StringComparison.Ordinal);
    }

    [Theory]
    // Six samples: the interval is [min, max]; the larger side decides.
    [InlineData(new double[] { 10e6, 9.9e6, 10.1e6, 10e6, 10.2e6, 9.8e6 }, "2.0%", "")]
    [InlineData(new double[] { 10e6, 9.9e6, 10.1e6, 10e6, 12.6e6, 9.8e6 }, "26.0%", "wide")]
    public void A_point_whose_interval_is_past_the_target_is_marked_wide(double[] samples, string halfWidth, string mark)
    {
        var result = SampleResults.Create();
        var point = result.Measurements[0] with { Samples = samples, Summary = ForkBench.Results.Statistics.SampleSummarizer.Summarize(samples) };
        string text = NativeTableFormatter.Format(result with { Measurements = [point] });
        string row = Row(text, "fork anon-4k pin=none");

        Assert.Contains($" {halfWidth} ", row, StringComparison.Ordinal);
        Assert.Equal(mark == "wide", row.EndsWith("  wide", StringComparison.Ordinal));
        Assert.Equal(mark == "wide", text.Contains("wide: the 95% interval", StringComparison.Ordinal));
    }

    [Fact]
    public void A_skipped_point_shows_its_reason()
    {
        string row = Row(NativeTableFormatter.Format(SampleResults.Create()), "fork anon-4k pin=all");

        Assert.Contains("skipped: io_uring_setup failed: ENOSYS", row, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_run_says_so()
    {
        string text = NativeTableFormatter.Format(SampleResults.Create() with { Incomplete = true, IncompleteReason = "cancelled" });

        Assert.Contains("INCOMPLETE: cancelled", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(450_000.0, "0.450")]
    [InlineData(13_040_000.0, "13.04")]
    [InlineData(234_560_000.0, "234.6")]
    [InlineData(null, "-")]
    public void Milliseconds_keep_about_four_digits(double? ns, string expected) =>
        Assert.Equal(expected, NativeTableFormatter.Ms(ns));

    private static string Row(string text, string label) =>
        text.Split('\n').Single(l => l.StartsWith(label + " ", StringComparison.Ordinal));
}
