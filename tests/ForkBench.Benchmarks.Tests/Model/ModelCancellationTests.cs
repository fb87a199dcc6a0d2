using ForkBench.Benchmarks.Model;

namespace ForkBench.Benchmarks.Tests.Model;

/// <summary>Ctrl-C in the model suite: every case's global setup refuses to start once a stop is requested.</summary>
public class ModelCancellationTests
{
    private const long Size = 8L << 20;

    [Fact]
    public void A_scenario_case_is_built_without_a_stop_and_refused_after_one()
    {
        SuiteCases.WithSmallScenarios(Size, () =>
        {
            var running = new ForkLayoutBenchmarks { Variant = "v5.8", Layout = "4k", Pins = "all" };
            running.Setup1GiB();
            Assert.NotNull(running.BuiltScenario);
            running.CleanUp();

            using var stop = new CancellationTokenSource();
            stop.Cancel();
            var stopped = new ForkLayoutBenchmarks { Variant = "v5.8", Layout = "4k", Pins = "all" };
            using (ModelCancellation.Use(stop.Token))
                Assert.Throws<OperationCanceledException>(stopped.Setup1GiB);
            Assert.Null(stopped.BuiltScenario);
        });
    }

    [Fact]
    public void The_floor_refuses_to_set_up_after_a_stop_and_the_stop_ends_with_its_scope()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var floor = new PhysicalFloorBenchmarks();
        using (ModelCancellation.Use(stop.Token))
            Assert.Throws<OperationCanceledException>(floor.Setup64MiB);

        floor.Setup64MiB();
        floor.Floor64MiB();
        floor.CleanUp();
    }
}
