using ForkBench.Native.Scenarios;
using ForkBench.Native.Statistics;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Sweep;

/// <summary>Whole sweeps on tiny buffers: skip reasons, cancellation and failure handling.</summary>
[Collection(ForkingCollection.Name)]
public sealed class NativeSweepTests
{
    private static readonly NativeSweepOptions Tiny = NativeSweepOptions.Default with
    {
        SizesBytes = [2 << 20, 4 << 20],
        Scenarios =
        [
            ScenarioOf.Fork("anon-4k/pin=none"),
            ScenarioOf.Vfork("anon-4k/pin=none"),
            ScenarioOf.Fork("anon-4k/pin=all"),
            ScenarioOf.Fork("anon-thp/pin=unpinned-all"),
        ],
        StopRule = new AdaptiveStopRule { MinSamples = 2, MaxSamples = 3, Budget = TimeSpan.Zero },
        FloorMinSamples = 3,
        // The tests leave the machine's free page reporting alone; the one that tests the hold gives a file of its own.
        HoldOffPageReportingAt = null,
    };

    [ForkFact]
    public void A_sweep_holds_free_page_reporting_off_while_it_runs_and_writes_the_order_back()
    {
        string folder = Directory.CreateTempSubdirectory("forkbench-reporting-").FullName;
        try
        {
            string knob = Path.Combine(folder, "page_reporting_order");
            File.WriteAllText(knob, "9\n");
            var seen = new List<string>();
            var options = Tiny with { Scenarios = [ScenarioOf.Fork("anon-4k/pin=none")], SizesBytes = [2 << 20], HoldOffPageReportingAt = knob };

            NativeSweepResult result = new NativeSweep(options, new FailingIoUringOpener("off"),
                progress: _ => seen.Add(File.ReadAllText(knob).Trim())).Run();

            Assert.NotEmpty(seen);
            Assert.All(seen, order => Assert.Equal("11", order));
            Assert.Equal("9", File.ReadAllText(knob).Trim());
            Assert.Equal("held off for the run (order 9)", result.FreePageReporting);
            Assert.Equal("held off for the run (order 9)", NativeRunDocument.Create(result, "test", "unknown").Host.FreePageReporting);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(1.0, 64, 64)]
    [InlineData(1.1, 64, 72)]
    [InlineData(1.1, 1024, 1128)]
    [InlineData(0.5, 2, 2)]
    public void A_test_buffer_scale_maps_a_larger_buffer_rounded_up_to_2_MiB(double scale, long nominalMib, long expectedMib) =>
        Assert.Equal(expectedMib << 20, (NativeSweepOptions.Default with { TestBufferScale = scale }).BufferBytes(nominalMib << 20));

    [ForkFact]
    public void A_scaled_buffer_keeps_its_nominal_id_and_records_the_scale()
    {
        var options = Tiny with { SizesBytes = [2 << 20], Scenarios = [ScenarioOf.Fork("anon-4k/pin=none")], TestBufferScale = 2 };

        NativeSweepResult result = new NativeSweep(options, new FailingIoUringOpener("off")).Run();

        NativeMeasurement m = Assert.Single(result.Measurements);
        Assert.Equal("native/fork/anon-4k/pin=none/rss=2mib", m.Id);
        Assert.Equal("2", m.Parameters["testBufferScale"]);
        Assert.Null(m.SkipReason);
    }

    [ForkFact]
    public void Each_fork_that_works_on_the_buffer_is_paired_with_a_fork_without_it_and_a_walk_where_the_PTE_copy_is_its_work()
    {
        var options = Tiny with
        {
            SizesBytes = [4 << 20],
            Scenarios = [ScenarioOf.Fork("anon-4k/pin=none"), ScenarioOf.Vfork("anon-4k/pin=none"), ScenarioOf.Fork("anon-thp/pin=none"),
                ScenarioOf.Fork("shared-anon/pin=none"), ScenarioOf.Fork("anon-4k-dontfork/pin=none")],
        };

        NativeSweepResult result = new NativeSweep(options, new FailingIoUringOpener("off")).Run();

        NativeMeasurement Point(string id) => result.Measurements.Single(m => m.Id == id);
        NativeMeasurement copied = Point("native/fork/anon-4k/pin=none/rss=4mib");
        Assert.Equal(copied.Samples.Count, copied.WalkSamples.Count);
        Assert.Equal(copied.Samples.Count, copied.RoundFloorSamples.Count);
        Assert.All(copied.WalkSamples, walk => Assert.True(walk > 0));
        Assert.All(copied.RoundFloorSamples, floor => Assert.True(floor > 0));
        Assert.Equal(copied.Samples.Count, NativeMeasurementMapper.PerWalk(copied).Count);

        // THP: fork copies PMDs, not PTEs: a round floor, no walk.
        NativeMeasurement thp = Point("native/fork/anon-thp/pin=none/rss=4mib");
        Assert.Equal(thp.Samples.Count, thp.RoundFloorSamples.Count);
        Assert.All(thp.WalkSamples, walk => Assert.True(double.IsNaN(walk)));
        Assert.Empty(NativeMeasurementMapper.PerWalk(thp));

        // Fork does no work on these buffers: no round floor and no marginal
        // figure (a DONTFORK buffer is also never shown to fork again).
        foreach (string id in (string[])["native/vfork/anon-4k/pin=none/rss=4mib", "native/fork/shared-anon/pin=none/rss=4mib", "native/fork/anon-4k-dontfork/pin=none/rss=4mib"])
        {
            Assert.Empty(Point(id).RoundFloorSamples);
            Assert.False(Point(id).ForkWorksOnBuffer);
        }
        var ids = NativeMeasurementMapper.Map(result).Select(m => m.Id).ToList();
        Assert.Contains("native/fork-marginal/anon-thp/pin=none/rss=4mib", ids);
        Assert.DoesNotContain("native/fork-marginal/shared-anon/pin=none/rss=4mib", ids);
        Assert.DoesNotContain("native/vfork-marginal/anon-4k/pin=none/rss=4mib", ids);
    }

    [ForkFact]
    public void A_point_whose_fork_only_copies_page_tables_is_measured_on_fresh_buffers_in_turn()
    {
        var options = Tiny with
        {
            SizesBytes = [4 << 20],
            Scenarios = [ScenarioOf.Fork("anon-4k/pin=none"), ScenarioOf.Fork("anon-thp/pin=none")],
            StopRule = new AdaptiveStopRule { MinSamples = 2, MaxSamples = 20, Budget = TimeSpan.Zero },
            MinBuffers = 3,
            RoundsPerBuffer = 2,
        };

        NativeSweepResult result = new NativeSweep(options, new FailingIoUringOpener("off")).Run();

        NativeMeasurement copied = result.Measurements.Single(m => m.Id == "native/fork/anon-4k/pin=none/rss=4mib");
        Assert.Equal("3", copied.Parameters["buffers"]);
        Assert.Equal(6, copied.Samples.Count);
        Assert.Equal(6, copied.WalkSamples.Count);
        Assert.All(copied.WalkSamples, walk => Assert.True(walk > 0));

        // A PMD-mapped buffer has no walk to pair with: one buffer, as before.
        NativeMeasurement thp = result.Measurements.Single(m => m.Id == "native/fork/anon-thp/pin=none/rss=4mib");
        Assert.False(thp.Parameters.ContainsKey("buffers"));
        Assert.Equal(2, thp.Samples.Count);
    }

    [ForkFact]
    public void The_sample_limit_caps_the_rounds_of_the_last_fresh_buffer()
    {
        var options = Tiny with
        {
            SizesBytes = [2 << 20],
            Scenarios = [ScenarioOf.Fork("anon-4k/pin=none")],
            StopRule = new AdaptiveStopRule { MinSamples = 2, MaxSamples = 7, Budget = TimeSpan.Zero },
            MinBuffers = 4,
            RoundsPerBuffer = 5,
        };

        NativeMeasurement m = Assert.Single(new NativeSweep(options, new FailingIoUringOpener("off")).Run().Measurements);

        Assert.Equal(7, m.Samples.Count);
        Assert.Equal("2", m.Parameters["buffers"]);
        Assert.Equal("max-samples", m.StopReason);
    }

    [ForkFact]
    public void Points_on_fresh_buffers_have_a_sample_limit_of_their_own()
    {
        var options = Tiny with
        {
            SizesBytes = [2 << 20],
            Scenarios = [ScenarioOf.Fork("anon-4k/pin=none"), ScenarioOf.Fork("anon-thp/pin=none")],
            StopRule = new AdaptiveStopRule { MinSamples = 2, MaxSamples = 3, Budget = TimeSpan.Zero },
            MinBuffers = 2,
            RoundsPerBuffer = 4,
            FreshBufferMaxSamples = 8,
        };

        NativeSweepResult result = new NativeSweep(options, new FailingIoUringOpener("off")).Run();

        NativeMeasurement fresh = result.Measurements.Single(m => m.Id == "native/fork/anon-4k/pin=none/rss=2mib");
        Assert.Equal(8, fresh.Samples.Count);
        Assert.Equal("2", fresh.Parameters["buffers"]);
        NativeMeasurement oneBuffer = result.Measurements.Single(m => m.Id == "native/fork/anon-thp/pin=none/rss=2mib");
        Assert.Equal(2, oneBuffer.Samples.Count);
    }

    [ForkFact]
    public void A_forced_io_uring_failure_skips_only_the_pinned_scenarios_with_the_reason()
    {
        const string Reason = "io_uring_setup failed: ENOSYS (forced by the test)";
        var progress = new List<NativeSweepProgress>();

        NativeSweepResult result = new NativeSweep(Tiny, new FailingIoUringOpener(Reason), progress: progress.Add).Run();

        Assert.False(result.Incomplete);
        Assert.Equal(["native/fork/floor", "native/vfork/floor"], result.Floors.Select(f => f.Id));
        Assert.All(result.Floors, f => Assert.True(f.Samples.Count >= 3));
        Assert.Equal(8, result.Measurements.Count);
        foreach (NativeMeasurement m in result.Measurements)
        {
            if (m.Id.Contains("pin=none", StringComparison.Ordinal))
            {
                Assert.Null(m.SkipReason);
                Assert.InRange(m.Samples.Count, 2, 3);
                Assert.NotNull(m.FirstForkNs);
                Assert.NotNull(m.MarginalMedianNs);
                Assert.Equal(m.Samples.Count, m.ExitReapSamples.Count);
                Assert.Equal(m.Samples.Count, m.CpuSamples.Count);
                Assert.All(m.CpuSamples, cpu => Assert.True(cpu > 0));
                Assert.NotNull(m.MarginalCpuMedianNs);
            }
            else
            {
                Assert.Equal(Reason, m.SkipReason);
                Assert.Empty(m.Samples);
            }
        }
        Assert.Contains(progress, p => p.Stage == "skipped" && p.Message == Reason);
        Assert.Contains("skipped: " + Reason, NativeTableFormatter.Format(result), StringComparison.Ordinal);
        Assert.False(Interop.Libc.HasAnyChild());
    }

    [ForkFact]
    public void Cancelling_keeps_what_was_measured_and_marks_the_run_incomplete()
    {
        using var cancel = new CancellationTokenSource();
        void CancelAfterFirstPoint(NativeSweepProgress p)
        {
            if (p.Stage == "done" && p.Id.Contains("rss=", StringComparison.Ordinal))
                cancel.Cancel();
        }

        NativeSweepResult result = new NativeSweep(Tiny, new FailingIoUringOpener("off"), progress: CancelAfterFirstPoint).Run(cancel.Token);

        Assert.True(result.Incomplete);
        Assert.Equal("cancelled", result.IncompleteReason);
        NativeMeasurement kept = Assert.Single(result.Measurements);
        Assert.NotEmpty(kept.Samples);
        Assert.False(Interop.Libc.HasAnyChild());
    }

    [ForkFact]
    public void A_failure_mid_sweep_stops_it_with_the_reason_and_cleans_up()
    {
        NativeSweepResult result = new NativeSweep(Tiny, new ExplodingIoUringOpener()).Run();

        Assert.True(result.Incomplete);
        Assert.Contains("registration exploded", result.IncompleteReason, StringComparison.Ordinal);
        Assert.Equal(4, result.Measurements.Count);
        Assert.False(Interop.Libc.HasAnyChild());
    }

    [Fact]
    public void Plans_floors_first_then_scenario_by_scenario() =>
        Assert.Equal(
            [
                "native/fork/floor", "native/vfork/floor",
                "native/fork/anon-4k/pin=none/rss=2mib", "native/fork/anon-4k/pin=none/rss=4mib",
                "native/vfork/anon-4k/pin=none/rss=2mib", "native/vfork/anon-4k/pin=none/rss=4mib",
                "native/fork/anon-4k/pin=all/rss=2mib", "native/fork/anon-4k/pin=all/rss=4mib",
                "native/fork/anon-thp/pin=unpinned-all/rss=2mib", "native/fork/anon-thp/pin=unpinned-all/rss=4mib",
            ],
            NativeSweep.PlannedIds(Tiny));

    [Fact]
    public void A_filter_on_the_listed_ids_keeps_those_points_and_the_fork_floor()
    {
        Assert.Equal(
            ["native/fork/floor", "native/fork/anon-4k/pin=none/rss=2mib", "native/fork/anon-4k/pin=all/rss=2mib", "native/fork/anon-thp/pin=unpinned-all/rss=2mib"],
            NativeSweep.PlannedIds(Tiny with { Filters = ["native/fork/*rss=2mib"] }));
        Assert.Equal(
            ["native/fork/floor", "native/vfork/floor", "native/vfork/anon-4k/pin=none/rss=4mib"],
            NativeSweep.PlannedIds(Tiny with { Filters = ["native/vfork/anon-4k/pin=none/rss=4mib"] }));
        Assert.Equal(["native/fork/floor"], NativeSweep.PlannedIds(Tiny with { Filters = ["native/fork/floor"] }));
        Assert.True(NativeSweep.SelectsAnything(Tiny with { Filters = ["native/fork/floor"] }));
        Assert.False(NativeSweep.SelectsAnything(Tiny with { Filters = ["native/fork/anon-64k/*"] }));
    }
}
