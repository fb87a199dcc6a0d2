using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Model;
using ForkBench.Native.Scenarios;

namespace ForkBench.Benchmarks.Tests.Cli;

/// <summary>The pairing of model and native ids by their shared scenario tail.</summary>
public class ScenariosCommandTests
{
    [Fact]
    public void A_scenario_both_engines_measure_lists_both_ids()
    {
        var pairings = ScenarioPairing.Build(ModelPreset.Quick, ScenarioCatalog.Default([64]), [64L << 20, 1L << 30]);

        var pinned = Assert.Single(pairings, p => p.Tail == "anon-4k/pin=all/rss=1gib");
        Assert.True(pinned.Paired);
        Assert.Contains("native/fork/anon-4k/pin=all/rss=1gib", pinned.NativeIds);
        Assert.Contains("model/fork-layout/v5.8/anon-4k/pin=all/rss=1gib", pinned.ModelIds);
        Assert.All(pinned.ModelIds.Concat(pinned.NativeIds), id => Assert.EndsWith("/" + pinned.Tail, id));
        Assert.Contains(pairings, p => p.ModelIds.Count == 0 && p.NativeIds.Count > 0); // e.g. MAP_SHARED pinned at 1 GiB
    }

    [Fact]
    public void The_command_lists_and_filters_by_tail()
    {
        var result = Support.Cli.Run("scenarios", "--paired", "--filter", "anon-thp/pin=all/*", "--sizes", "1G");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("anon-thp/pin=all/rss=1gib\n", result.Output);
        Assert.Contains("native/fork/anon-thp/pin=all/rss=1gib", result.Output);
        Assert.Contains("fork-layout: ", result.Output);
        Assert.Contains("1 scenario(s); 1 measured by both engines", result.Output);
    }

    [Fact]
    public void A_filter_that_matches_nothing_is_exit_2() =>
        Assert.Equal(ExitCodes.UsageOrDataError, Support.Cli.Run("scenarios", "--filter", "nothing/*").ExitCode);
}
