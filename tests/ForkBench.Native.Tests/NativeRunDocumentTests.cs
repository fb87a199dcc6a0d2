using System.Text;
using ForkBench.Native.Tests.Support;
using ForkBench.Results.Documents;
using ForkBench.Results.Serialization;

namespace ForkBench.Native.Tests;

/// <summary>A native sweep becomes the result document every other command reads.</summary>
public class NativeRunDocumentTests
{
    [Fact]
    public void Every_timed_thing_is_a_measurement_of_its_own_id()
    {
        RunDocument run = NativeRunDocument.Create(SampleResults.Create(), "0.1.0", "abc");

        Assert.Equal(
            [
                "native/fork/floor", "native/fork-exit-reap/floor",
                "native/fork/anon-4k/pin=none/rss=512mib", "native/fork-marginal/anon-4k/pin=none/rss=512mib", "native/fork-exit-reap/anon-4k/pin=none/rss=512mib",
                "native/fork/anon-4k/pin=all/rss=512mib",
            ],
            run.Measurements.Select(m => m.Id));
        Assert.Equal("wall", run.Measurements[2].Parameters["metric"]);
        Assert.Equal("marginal", run.Measurements[3].Parameters["metric"]);
        Assert.Equal("exit-reap", run.Measurements[4].Parameters["metric"]);
        Assert.True(run.Measurements[5].IsSkipped);
        Assert.Equal("native", run.Run.Source);
        Assert.Null(run.Run.IncompleteReason);
    }

    [Fact]
    public void The_host_carries_what_decides_what_a_native_run_can_measure()
    {
        RunDocument run = NativeRunDocument.Create(SampleResults.Create(), "0.1.0", "abc");

        Assert.Equal("Test CPU", run.Host.CpuModel);
        Assert.Equal("0", run.Host.IoUringDisabled);
        Assert.Equal($"{8L << 20}/{8L << 20}", run.Host.MemlockLimit);
        Assert.True(run.Host.CapIpcLock);
        Assert.Equal("inherit", run.Host.MthpEnabled!["2048kB"]);
    }

    [Fact]
    public void It_round_trips_through_the_serializer_and_says_when_it_stopped_early()
    {
        var cut = SampleResults.Create() with { Incomplete = true, IncompleteReason = "cancelled" };

        byte[] json = RunDocumentSerializer.Serialize(NativeRunDocument.Create(cut, "0.1.0", "abc"));
        RunDocument back = RunDocumentSerializer.Deserialize(json, "test");

        Assert.Equal("the native sweep stopped early (cancelled)", back.Run.IncompleteReason);
        Assert.True(back.IsPartial);
        Assert.Contains("\"memlockLimit\"", Encoding.UTF8.GetString(json));
        Assert.Equal(json, RunDocumentSerializer.Serialize(back));
    }

    [Theory]
    [InlineData("native/fork/anon-4k/pin=none/rss=64mib", "cpu", "native/fork-cpu/anon-4k/pin=none/rss=64mib")]
    [InlineData("native/vfork/floor", "exit-reap", "native/vfork-exit-reap/floor")]
    public void Metric_ids_differ_in_the_second_segment_only(string id, string metric, string expected) =>
        Assert.Equal(expected, NativeMeasurementMapper.MetricId(id, metric));

    [Fact]
    public void The_marginal_cost_is_each_fork_minus_the_same_runs_floor_so_a_floor_shift_leaves_it()
    {
        var result = SampleResults.Create();
        RunDocument run = NativeRunDocument.Create(result, "0.1.0", "abc");
        var point = result.Measurements[0];

        var marginal = run.Find("native/fork-marginal/anon-4k/pin=none/rss=512mib")!;
        Assert.Equal(point.Samples.Select(s => s - point.FloorMedianNs!.Value), marginal.Samples);

        // The whole machine 10% slower to fork: floor and point move together, the marginal cost does not.
        double shift = point.FloorMedianNs!.Value * 0.1;
        var slower = result with
        {
            Measurements = [point with { Samples = [.. point.Samples.Select(s => s + shift)], FloorMedianNs = point.FloorMedianNs + shift }, .. result.Measurements.Skip(1)],
        };
        var moved = NativeRunDocument.Create(slower, "0.1.0", "abc").Find("native/fork-marginal/anon-4k/pin=none/rss=512mib")!;
        Assert.All(marginal.Samples.Zip(moved.Samples), pair => Assert.Equal(pair.First, pair.Second, 6));
    }
}
