
namespace ForkBench.Native.Tests;

public class NativeMeasurementMapperTests
{
    private static NativeMeasurement Point(string id, double[] samples, string? skip = null) => new()
    {
        Id = id,
        Parameters = new Dictionary<string, string> { ["scenario"] = "anon-4k" },
        Samples = samples,
        SkipReason = skip,
        MarginalMedianNs = skip is null ? 1000 : null,
    };

    [Fact]
    public void SamplesReasonsAndMarginalCostsCarryOver()
    {
        var floor = Point("native/fork/floor", [300, 310, 305]);
        var measured = Point("native/fork/anon-4k/pin=none/rss=64MiB", [1300, 1310, 1290]);
        var skipped = Point("native/fork/anon-4k/pin=io_uring/rss=64MiB", [], "io_uring not available: ENOSYS");

        var mapped = NativeMeasurementMapper.MapMeasurements([floor], [measured, skipped]).ToList();

        Assert.Equal(["native/fork/floor", "native/fork/anon-4k/pin=none/rss=64MiB", "native/fork/anon-4k/pin=io_uring/rss=64MiB"], mapped.Select(m => m.Id));
        Assert.Equal([1300.0, 1310, 1290], mapped[1].Samples);
        Assert.Equal("1000", mapped[1].Parameters["marginalMedianNs"]);
        Assert.Equal("io_uring not available: ENOSYS", mapped[2].SkippedReason);
        Assert.Empty(mapped[2].Samples);
    }

    [Fact]
    public void AnInterruptedSweepMarksOnlyTheUnfinishedPointIncomplete()
    {
        var finished = Point("native/fork/anon-4k/pin=none/rss=64MiB", [1, 2, 3]);
        var cut = Point("native/fork/anon-4k/pin=none/rss=256MiB", [4, 5]) with { Incomplete = true };

        var mapped = NativeMeasurementMapper.MapMeasurements([], [finished, cut]).ToList();

        Assert.False(mapped[0].Incomplete);
        Assert.True(mapped[1].Incomplete);
    }

    [Fact]
    public void The_per_walk_figure_is_each_fork_over_its_rounds_floor_by_its_rounds_walk()
    {
        var point = Point("native/fork/anon-4k/pin=none/rss=64mib", [1300, 2300, 1700, 1500]) with
        {
            FloorMedianNs = 999,
            WalkSamples = [500, 1000, 700, 600],
            RoundFloorSamples = [300, 300, 300, double.NaN],
        };

        var mapped = NativeMeasurementMapper.MapMeasurements([], [point]).ToList();

        var perWalk = Assert.Single(mapped, m => m.Id == "native/fork-per-walk/anon-4k/pin=none/rss=64mib");
        Assert.Equal([2.0, 2.0, 2.0], perWalk.Samples);
        Assert.Equal(ForkBench.Results.Documents.SampleUnit.Multiple, perWalk.Unit);
        Assert.Equal(NativeMeasurementMapper.PerWalkMetric, perWalk.Parameters[NativeMeasurementMapper.MetricParameter]);
    }

    [Fact]
    public void Without_round_walks_and_floors_there_is_no_per_walk_figure()
    {
        var noWalks = Point("native/fork/anon-4k/pin=none/rss=64mib", [1300, 1310]) with { FloorMedianNs = 300, RoundFloorSamples = [300, 300] };
        var noFloor = Point("native/fork/anon-4k/pin=none/rss=256mib", [1300, 1310]) with { FloorMedianNs = 300, WalkSamples = [500, 500] };

        var mapped = NativeMeasurementMapper.MapMeasurements([], [noWalks, noFloor]).ToList();

        Assert.DoesNotContain(mapped, m => m.Id.StartsWith("native/fork-per-walk/", StringComparison.Ordinal));
        Assert.Contains(mapped, m => m.Id == "native/fork-marginal/anon-4k/pin=none/rss=64mib");
    }

    [Fact]
    public void The_marginal_cost_is_each_fork_minus_its_rounds_floor_where_there_is_one_else_minus_the_runs_floor()
    {
        var paired = Point("native/fork/anon-4k/pin=none/rss=64mib", [1300, 2300]) with { FloorMedianNs = 999, RoundFloorSamples = [300, 500] };
        var unpaired = Point("native/vfork/anon-4k/pin=none/rss=64mib", [1300, 2300]) with { FloorMedianNs = 300 };

        var mapped = NativeMeasurementMapper.MapMeasurements([], [paired, unpaired]).ToList();

        Assert.Equal([1000.0, 1800], mapped.Single(m => m.Id == "native/fork-marginal/anon-4k/pin=none/rss=64mib").Samples);
        Assert.Equal([1000.0, 2000], mapped.Single(m => m.Id == "native/vfork-marginal/anon-4k/pin=none/rss=64mib").Samples);
    }

    [Fact]
    public void A_point_whose_fork_does_no_work_on_the_buffer_has_no_marginal_figure()
    {
        var shared = Point("native/fork/shared-anon/pin=none/rss=64mib", [300, 310]) with { FloorMedianNs = 305, ForkWorksOnBuffer = false };

        var mapped = NativeMeasurementMapper.MapMeasurements([], [shared]).ToList();

        Assert.Contains(mapped, m => m.Id == "native/fork/shared-anon/pin=none/rss=64mib");
        Assert.DoesNotContain(mapped, m => m.Id.StartsWith("native/fork-marginal/", StringComparison.Ordinal));
    }
}
