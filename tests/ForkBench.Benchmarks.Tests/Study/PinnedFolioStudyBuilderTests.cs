using ForkBench.Benchmarks.Study;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Twins;
using ForkBench.Kernel.Fork;
using ForkBench.Native;
using ForkBench.Native.Host;
using ForkBench.Reporting.Model;
using ForkBench.Results.Hosts;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Tests.Study;

/// <summary>The study's joining of measurements, model counts and calibration, on synthetic inputs.</summary>
public class PinnedFolioStudyBuilderTests
{
    private const long Size = 4L << 20;
    private static readonly HostInfo Host = new("test-host", "6.18.44-test", "Test CPU", 2, 24L << 30, new ThpSettings("madvise", "madvise"), "vm", "10.0.0");
    private static readonly ReportHeader Header = new("6.18.44-test", "Test CPU", 2, 24L << 30, [], "0.1.0");
    private static readonly IReadOnlyList<FolioSize> Folios = [FolioSize.Small, FolioSize.PteMapped(64)];

    [Fact]
    public void Unpinned_scenarios_run_before_pinned_ones()
    {
        var scenarios = PinnedFolioStudyBuilder.Scenarios(Folios);
        Assert.Equal(["native/fork/anon-4k/pin=none", "native/fork/anon-64k/pin=none", "native/fork/anon-4k/pin=all", "native/fork/anon-64k/pin=all"],
            scenarios.Select(s => s.Key));
    }

    [Fact]
    public void The_kernels_variant_comes_first_then_the_proposals()
    {
        var variants = PinnedFolioStudyBuilder.Variants("6.18.44-test");
        Assert.Equal(["pte-batch-6.15", "proposal-batch-no-retry", "proposal-exact-pincount"], variants.Select(v => v.Label.Id));
        Assert.True(variants[0].Label.IsToday);
        Assert.DoesNotContain(PinnedFolioStudyBuilder.Variants("not-a-kernel"), v => v.Label.IsToday);
    }

    [Fact]
    public void Measurements_are_per_GiB_and_predictions_are_counts_times_costs()
    {
        var calibration = new CalibrationDocument(CalibrationDocument.CurrentSchemaVersion, Host.Id, Host.KernelRelease, "pte-batch-6.15", "r",
            ["r1"], new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc), 200, 1, [new FittedCost("pte-reads", 10, 9, 11), new FittedCost("pte-batch-compares", 3, 2, 4)], [], [], [], [], []);

        var study = PinnedFolioStudyBuilder.Build(Result(), Host, Header, Folios, Size, FakeCount, calibration, "hint");

        var small = study.Rows[0];
        Assert.Equal(2e6 * 256, small.PinnedNsPerGiB!.Value, 6);
        Assert.Equal(1e5 * 256, small.UnpinnedNsPerGiB!.Value, 6);
        Assert.Equal(3e6 * 256, small.FirstForkNsPerGiB!.Value, 6);
        // FakeCount: 1000 PTE reads under the kernel's variant, 500 under a proposal; 10 ns each, per GiB of 4 MiB.
        Assert.Equal(1000 * 10.0 * 256, small.PredictedNsPerGiB[0]!.Value, 6);
        Assert.Equal(500 * 10.0 * 256, small.PredictedNsPerGiB[1]!.Value, 6);
        Assert.Equal(1000.0 / 1024, small.PteReadsPerFolio[0]!.Value, 9);
        Assert.Equal(1000.0 / 64, study.Rows[1].PteReadsPerFolio[0]!.Value, 9);
        Assert.Equal(10, study.PteRead!.CostNs);
        Assert.Equal((3.0, 2.0, 4.0), (study.PteBatchCompare!.CostNs, study.PteBatchCompare.LowerNs, study.PteBatchCompare.UpperNs));
        Assert.Null(study.CalibrateHint);

        var mthp = study.Rows[1];
        Assert.Null(mthp.PinnedNsPerGiB);
        Assert.Equal("skipped: needs root", mthp.PinnedMissing);
        Assert.Null(mthp.UnpinnedNsPerGiB);
        Assert.Equal("not measured", mthp.UnpinnedMissing);
    }

    [Fact]
    public void Without_a_calibration_or_a_model_nothing_is_predicted_and_the_reason_is_kept()
    {
        var study = PinnedFolioStudyBuilder.Build(Result(), Host, Header, Folios, Size, count: null, calibration: null, "calibrate hint");

        Assert.Equal("calibrate hint", study.CalibrateHint);
        Assert.Null(study.PteRead);
        Assert.Null(study.PteBatchCompare);
        Assert.All(study.Rows, r => Assert.Empty(r.PredictedNsPerGiB));
        Assert.All(study.Rows, r => Assert.Equal("not counted", r.ModelMissing));
        Assert.Contains(study.Notes, n => n.Contains("not counted", StringComparison.Ordinal));
    }

    private static ModelTwin FakeCount(string tail, CopyVariant variant)
    {
        Assert.EndsWith("/pin=all/rss=4mib", tail);
        long reads = variant.Id.StartsWith("proposal-", StringComparison.Ordinal) ? 500 : 1000;
        return new ModelTwin(tail, variant.Id, new Dictionary<string, long> { ["pteReads"] = reads, ["pagesCopied"] = 1024 }, null);
    }

    private static NativeSweepResult Result() => new()
    {
        Host = HostProbe.Capture(),
        Options = NativeSweepOptions.Quick with { SizesBytes = [Size] },
        StartedAt = DateTimeOffset.UnixEpoch,
        Duration = TimeSpan.FromSeconds(1),
        Floors = [],
        Measurements =
        [
            Point("native/fork/anon-4k/pin=all/rss=4mib", marginal: 2e6, first: 3e6),
            Point("native/fork/anon-4k/pin=none/rss=4mib", marginal: 1e5, first: 1e5),
            new NativeMeasurement { Id = "native/fork/anon-64k/pin=all/rss=4mib", Parameters = new Dictionary<string, string>(), SkipReason = "needs root" },
        ],
    };

    private static NativeMeasurement Point(string id, double marginal, double first) => new()
    {
        Id = id,
        Parameters = new Dictionary<string, string>(),
        MarginalMedianNs = marginal,
        MarginalFirstForkNs = first,
    };
}
