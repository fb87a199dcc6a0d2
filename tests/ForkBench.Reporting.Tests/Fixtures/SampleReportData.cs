using ForkBench.Results.Comparison;
using ForkBench.Results.Statistics;
using ForkBench.Reporting.Model;

namespace ForkBench.Reporting.Tests.Fixtures;

/// <summary>
/// Realistic numbers of the shape ForkBench measures: 4 KiB anon memory
/// forks at about 13 ms per 512 MiB and scales linearly; pinned memory
/// costs about 18x that (eager copies); THP about 0.34 ms; THP with pins
/// about 1.3 s because every pinned huge page is copied.
/// </summary>
public static class SampleReportData
{
    public const long MiB = 1024 * 1024;

    public static readonly ReportHeader Header = new(
        Kernel: "6.8.0-45-generic",
        Cpu: "AMD EPYC 7763 64-Core Processor",
        Cores: 2,
        MemoryBytes: 8L * 1024 * MiB,
        ThpSettings:
        [
            new ThpSetting("enabled", "always [madvise] never"),
            new ThpSetting("defrag", "always defer defer+madvise [madvise] never"),
            new ThpSetting("hugepages-64kB/enabled", "always inherit [madvise] never"),
        ],
        ToolVersion: "0.1.0")
    {
        Commit = "dd67fb6",
        Virtualization = "kvm",
    };

    /// <summary>Scenario name and median ns per 512 MiB.</summary>
    public static readonly (string Name, double NsPer512MiB)[] Scenarios =
    [
        ("4 KiB", 13e6),
        ("4 KiB pinned", 234e6),
        ("sticky", 15.5e6),
        ("workarounds", 14.2e6),
        ("THP", 0.34e6),
        ("THP pinned", 1276e6),
        ("mTHP 64 KiB", 3.1e6),
    ];

    public static readonly long[] Sizes = [64 * MiB, 128 * MiB, 256 * MiB, 512 * MiB, 1024 * MiB, 2048 * MiB, 4096 * MiB];

    public static IReadOnlyList<LatencySeries> Latency(int seed = 42, int samples = 30)
    {
        var random = new Random(seed);
        return Scenarios.Select(s => new LatencySeries(s.Name, Sizes.Select(size =>
        {
            // Linear in size plus a fixed ~60 us for the rest of fork (mm, files, signals).
            double median = s.NsPer512MiB * size / (512.0 * MiB) + 60e3;
            var raw = Enumerable.Range(0, samples)
                .Select(_ => median * Math.Exp(0.04 * Normal(random)))
                .Order().ToArray();
            return Point(size, raw);
        }).ToList())).ToList();
    }

    /// <summary>A point as the report gets it: the summary's median and the 95% interval of it.</summary>
    public static LatencyPoint Point(long size, IReadOnlyList<double> samples)
    {
        var median = SampleSummarizer.Summarize(samples).Median;
        return new LatencyPoint(size, median.Estimate, median.Lower, median.Upper, samples);
    }

    public static IReadOnlyList<VariantResult> Model()
    {
        (string Group, string Variant, double Ns, long Atomics, long Copies, long Retries)[] rows =
        [
            ("4 KiB", "upstream", 11.8, 2, 0, 0),
            ("4 KiB", "batched-rmap", 6.4, 1, 0, 0),
            ("4 KiB", "folio-batch", 5.2, 1, 0, 0),
            ("pinned", "upstream", 402, 2, 131072, 0),
            ("pinned", "batched-rmap", 395, 1, 131072, 0),
            ("pinned", "folio-batch", 388, 1, 131072, 12),
            ("THP", "upstream", 9.3, 2, 0, 0),
            ("THP", "batched-rmap", 7.1, 1, 0, 0),
            ("THP", "folio-batch", 5.6, 1, 0, 3),
        ];
        const long ptes = 131072;
        return rows.Select(r => new VariantResult(r.Group, r.Variant, r.Ns, r.Ns * 0.97, r.Ns * 1.04)
        {
            Counts = new ModelCounts(ptes, r.Atomics * ptes, r.Copies, r.Retries),
        }).ToList();
    }

    public static readonly PhysicalFloor Floor = new(3.1, "physical floor (DRAM bandwidth)");

    public static IReadOnlyList<ComparisonRow> Comparison() =>
    [
        Row("native/fork/anon-4k/rss=512MiB", "4 KiB 512 MiB", 13.0e6, 13.1e6, 0.99, 1.02, Verdict.Same),
        Row("native/fork/anon-4k/pinned=io_uring/rss=512MiB", "4 KiB pinned 512 MiB", 234e6, 201e6, 0.84, 0.88, Verdict.Faster),
        Row("native/fork/anon-thp/rss=512MiB", "THP 512 MiB", 0.34e6, 0.37e6, 1.05, 1.12, Verdict.Slower),
        Row("native/fork/anon-thp/pinned=io_uring/rss=512MiB", "THP pinned 512 MiB", 1276e6, 1270e6, 0.98, 1.01, Verdict.Same),
        Row("native/fork/anon-mthp-64k/rss=512MiB", "64 KiB mTHP 512 MiB", 3.1e6, 2.2e6, 0.69, 0.73, Verdict.Faster),
    ];

    private static ComparisonRow Row(string id, string label, double baseline, double current, double low, double high, Verdict verdict) =>
        new(id, label, baseline, current, (current - baseline) / baseline * 100, low, high, verdict, "ns");

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
