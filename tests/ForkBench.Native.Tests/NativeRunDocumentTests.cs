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
                "native/fork/anon-4k/pin=none/rss=512mib", "native/fork-exit-reap/anon-4k/pin=none/rss=512mib",
                "native/fork/anon-4k/pin=all/rss=512mib",
            ],
            run.Measurements.Select(m => m.Id));
        Assert.Equal("wall", run.Measurements[2].Parameters["metric"]);
        Assert.Equal("exit-reap", run.Measurements[3].Parameters["metric"]);
        Assert.True(run.Measurements[4].IsSkipped);
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
}
