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
