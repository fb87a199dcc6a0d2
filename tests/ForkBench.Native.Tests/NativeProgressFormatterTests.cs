namespace ForkBench.Native.Tests;

public sealed class NativeProgressFormatterTests
{
    [Fact]
    public void Shows_point_samples_median_and_eta()
    {
        var progress = new NativeSweepProgress(3, 77, "native/fork/anon-4k/pin=none/rss=64MiB", "measuring", 12, 1_234_000,
            TimeSpan.FromSeconds(75), TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(5));

        Assert.Equal("[  3/77] native/fork/anon-4k/pin=none/rss=64MiB measuring, 12 samples, median 1.234 ms (elapsed 1:15, ETA 4:05)",
            NativeProgressFormatter.Format(progress));
    }

    [Fact]
    public void Shows_a_skip_reason() =>
        Assert.Contains(": RLIMIT_MEMLOCK is 8 MiB",
            NativeProgressFormatter.Format(new NativeSweepProgress(1, 2, "x", "skipped", 0, null, TimeSpan.Zero, null, "RLIMIT_MEMLOCK is 8 MiB")),
            StringComparison.Ordinal);
}
