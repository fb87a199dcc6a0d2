using ForkBench.Calibration.Twins;
using ForkBench.Kernel.Fork;

namespace ForkBench.Calibration.Tests.Twins;

public class ModelTwinCounterTests
{
    [Fact]
    public void Counts_a_twin_once_per_variant_and_tail()
    {
        var counter = new ModelTwinCounter();

        ModelTwin first = counter.Count("anon-4k/pin=all/rss=4mib", CopyVariant.PteBatching6_15);
        ModelTwin again = counter.Count("anon-4k/pin=all/rss=4mib", CopyVariant.PteBatching6_15);
        ModelTwin other = counter.Count("anon-4k/pin=all/rss=4mib", CopyVariant.V5_8);

        Assert.Same(first, again);
        Assert.Equal(2, counter.Built);
        Assert.Equal(1024, first.Counts!["pagesCopied"]);
        Assert.Equal(0, other.Counts!["pagesCopied"]);
    }

    [Fact]
    public void Counts_are_exact_at_the_real_size()
    {
        var counter = new ModelTwinCounter();

        long small = counter.Count("anon-4k/pin=none/rss=4mib", CopyVariant.PteBatching6_15).Counts!["pteReads"];
        long large = counter.Count("anon-4k/pin=none/rss=16mib", CopyVariant.PteBatching6_15).Counts!["pteReads"];

        Assert.Equal(4 * small, large);
    }

    [Theory]
    [InlineData("anon-64k/pin=all/rss=4mib", "v5.8", "anonymous mTHP")]
    [InlineData("shared-anon-thp/pin=all/rss=4mib", "v5.8", "unknown memory")]
    [InlineData("anon-4k/pin=all", "pte-batch-6.15", "is not a scenario")]
    public void A_process_the_model_cannot_build_has_the_reason(string tail, string variant, string reason)
    {
        ModelTwin twin = new ModelTwinCounter().Count(tail, CopyVariant.ById(variant));

        Assert.Null(twin.Counts);
        Assert.Contains(reason, twin.Refusal);
    }
}
