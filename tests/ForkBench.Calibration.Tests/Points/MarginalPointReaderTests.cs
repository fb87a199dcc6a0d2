using ForkBench.Calibration.Points;
using ForkBench.Results;
using ForkBench.Results.Documents;

namespace ForkBench.Calibration.Tests.Points;

public class MarginalPointReaderTests
{
    [Fact]
    public void Reads_marginal_points_in_ns_and_pools_an_id_over_runs()
    {
        RunDocument first = Runs.Document("r1", [
            Runs.Marginal("anon-4k/pin=all/rss=64mib", SampleUnit.Microseconds, [100, 200, 300]),
            Runs.Measurement("native/fork/anon-4k/pin=all/rss=64mib", "wall", "fork", SampleUnit.Microseconds, [500, 600, 700]),
        ]);
        RunDocument second = Runs.Document("r2", [Runs.Marginal("anon-4k/pin=all/rss=64mib", SampleUnit.Nanoseconds, [400e3])]);

        MarginalPoint point = Assert.Single(MarginalPointReader.Read([first, second]));

        Assert.Equal("anon-4k/pin=all/rss=64mib", point.Tail);
        Assert.Equal("fork", point.Spawn);
        Assert.Equal([100e3, 200e3, 300e3, 400e3], point.SamplesNs);
        Assert.Equal(250e3, point.MedianNs);
        Assert.Equal(["r1", "r2"], point.RunIds);
    }

    [Fact]
    public void Keeps_the_spawn_and_skips_skipped_points()
    {
        RunDocument run = Runs.Document("r1", [
            Runs.Measurement("native/vfork-marginal/anon-4k/pin=all/rss=64mib", "marginal", "vfork", SampleUnit.Nanoseconds, [1, 2]),
            MeasurementFactory.Skipped("native/fork-marginal/anon-thp/pin=all/rss=64mib",
                new Dictionary<string, string> { ["metric"] = "marginal" }, SampleUnit.Nanoseconds, "io_uring off"),
        ]);

        MarginalPoint point = Assert.Single(MarginalPointReader.Read([run]));

        Assert.Equal("vfork", point.Spawn);
    }

    [Fact]
    public void Runs_of_two_hosts_are_refused()
    {
        RunDocument a = Runs.Document("r1", [], hostId: "host-a");
        RunDocument b = Runs.Document("r2", [], hostId: "host-b");

        Assert.Contains("2 hosts", Assert.Throws<ResultsDataException>(() => MarginalPointReader.Read([a, b])).Message);
    }
}
