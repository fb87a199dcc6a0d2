using ForkBench.Results.Statistics;
using ForkBench.Native.Host;
using ForkBench.Native.Statistics;

namespace ForkBench.Native.Tests.Support;

/// <summary>A small, fixed sweep result for formatter and JSON tests.</summary>
public static class SampleResults
{
    public static HostDescription Host { get; } = new()
    {
        KernelRelease = "6.18.0-test",
        Architecture = "X64",
        CpuModel = "Test CPU",
        LogicalCpus = 2,
        MemTotalBytes = 24L << 30,
        MemAvailableBytes = 22L << 30,
        PageSizeBytes = 4096,
        ThpEnabled = "madvise",
        ThpDefrag = "madvise",
        ThpShmemEnabled = "never",
        MthpEnabled = new Dictionary<string, string> { ["64kB"] = "never", ["2048kB"] = "inherit" },
        IoUringDisabled = "0",
        MemlockSoftBytes = 8L << 20,
        MemlockHardBytes = 8L << 20,
        HasCapIpcLock = true,
        Virtualization = "vm",
        LoadAverage = "0.50 0.40 0.30",
        DotNetVersion = ".NET 10.0.0",
    };

    public static NativeSweepResult Create()
    {
        double[] floorSamples = [450_000, 460_000, 455_000, 452_000, 458_000, 451_000];
        double[] samples = [13_000_000, 13_200_000, 12_900_000, 13_100_000, 13_050_000];
        var floor = new NativeMeasurement
        {
            Id = "native/fork/floor",
            Parameters = new Dictionary<string, string> { ["spawn"] = "fork", ["rssBytes"] = "0" },
            Samples = floorSamples,
            Summary = SampleSummarizer.SummarizeOrNull(floorSamples),
            ExitReapSamples = floorSamples,
            ExitReapSummary = SampleSummarizer.SummarizeOrNull(floorSamples),
            StopReason = "ci",
        };
        double floorMedian = floor.Summary!.Median.Estimate;
        var measured = new NativeMeasurement
        {
            Id = "native/fork/anon-4k/pin=none/rss=512mib",
            Parameters = new Dictionary<string, string> { ["spawn"] = "fork", ["scenario"] = "anon-4k/pin=none/rss=512mib", ["memory"] = "anon-4k", ["pin"] = "none", ["rssBytes"] = (512L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Samples = samples,
            Summary = SampleSummarizer.SummarizeOrNull(samples),
            FirstForkNs = 20_000_000,
            ExitReapSamples = samples,
            ExitReapSummary = SampleSummarizer.SummarizeOrNull(samples),
            FloorMedianNs = floorMedian,
            MarginalMedianNs = SampleSummarizer.SummarizeOrNull(samples)!.Median.Estimate - floorMedian,
            MarginalFirstForkNs = 20_000_000 - floorMedian,
            StopReason = "ci",
        };
        var skipped = new NativeMeasurement
        {
            Id = "native/fork/anon-4k/pin=all/rss=512mib",
            Parameters = new Dictionary<string, string> { ["spawn"] = "fork", ["scenario"] = "anon-4k/pin=all/rss=512mib", ["rssBytes"] = (512L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            SkipReason = "io_uring_setup failed: ENOSYS: this kernel has no io_uring",
        };
        return new NativeSweepResult
        {
            Host = Host,
            Options = NativeSweepOptions.Quick,
            StartedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Duration = TimeSpan.FromSeconds(42),
            Floors = [floor],
            Measurements = [measured, skipped],
        };
    }
}
