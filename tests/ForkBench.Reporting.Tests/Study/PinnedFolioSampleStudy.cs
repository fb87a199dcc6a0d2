using ForkBench.Reporting.Study;
using ForkBench.Reporting.Tests.Fixtures;

namespace ForkBench.Reporting.Tests.Study;

/// <summary>A synthetic pinned large-folio study: three folio sizes, one pinned point skipped, a calibration.</summary>
internal static class PinnedFolioSampleStudy
{
    private const double Ms = 1e6;

    public static PinnedFolioStudy Create(bool calibrated = true) => new()
    {
        Header = SampleReportData.Header,
        MeasuredSizeBytes = 256L << 20,
        ModelSizeBytes = 256L << 20,
        Variants =
        [
            new StudyVariant("pte-batch-6.15", "today", IsToday: true),
            new StudyVariant("proposal-batch-no-retry", "no-retry", IsToday: false),
            new StudyVariant("proposal-exact-pincount", "exact-pin", IsToday: false),
        ],
        Rows =
        [
            Row("4k", 4, pinned: 400 * Ms, unpinned: 30 * Ms, predicted: [440 * Ms, 430 * Ms, 420 * Ms], reads: [1, 1, 1], calibrated),
            Row("64k", 64, pinned: null, unpinned: 28 * Ms, predicted: [600 * Ms, 410 * Ms, 600 * Ms], reads: [152, 47, 152], calibrated)
                with { PinnedMissing = "skipped: cannot write 'madvise' to hugepages-64kB/enabled; changing THP policy needs root" },
            Row("thp", 2048, pinned: 1000 * Ms, unpinned: 25 * Ms, predicted: [900 * Ms, 420 * Ms, 900 * Ms], reads: [131841, 1536, 131841], calibrated),
        ],
        Provenance = calibrated ? "calibrated 2026-11-30 on run r1, held-out median error 12.0%" : null,
        PteRead = calibrated ? new PteReadCost(14.2, 11.0, 17.5) : null,
        PteBatchCompare = calibrated ? new PteReadCost(4.5, 3.9, 5.1) : null,
        CalibrateHint = calibrated ? null
            : "dotnet run -c Release --project benchmarks/ForkBench.Benchmarks -- calibrate --from results/reports/study-pinned-large-folio-20261130T101558Z/native.json",
    };

    private static PinnedFolioRow Row(string folio, int kib, double? pinned, double? unpinned, double[] predicted, double[] reads, bool calibrated) => new()
    {
        Folio = folio,
        FolioKiB = kib,
        PinnedNsPerGiB = pinned,
        UnpinnedNsPerGiB = unpinned,
        FirstForkNsPerGiB = pinned * 1.2,
        PredictedNsPerGiB = [.. predicted.Select(p => calibrated ? p : (double?)null)],
        PredictionUndetermined = [false, false, false],
        PteReadsPerFolio = [.. reads.Select(r => (double?)r)],
        PagesCopied = [65536, 65536, 65536],
    };
}
