using ForkBench.Native.Host;
using ForkBench.Native.Scenarios;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Host;

public sealed class MemoryGuardTests
{
    private const long MiB = 1L << 20;
    private const long GiB = 1L << 30;

    [Fact]
    public void Allows_what_fits_beside_the_margin() =>
        Assert.Null(MemoryGuard.Check("x", 3 * GiB, 8 * GiB, 1 * GiB));

    [Fact]
    public void Refuses_what_would_eat_into_the_margin()
    {
        string? refusal = MemoryGuard.Check("native/fork/anon-4k/pin=all/rss=1gib", 2 * GiB + 1, 3 * GiB, 1 * GiB);

        Assert.NotNull(refusal);
        Assert.Contains("refusing native/fork/anon-4k/pin=all/rss=1gib", refusal, StringComparison.Ordinal);
        Assert.Contains("MemAvailable is 3072 MiB", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_margin_is_the_larger_of_1_GiB_and_a_tenth()
    {
        Assert.Equal(1 * GiB, MemoryGuard.DefaultMarginBytes(4 * GiB));
        Assert.Equal(2400 * MiB, MemoryGuard.DefaultMarginBytes(24000 * MiB));
    }

    [Fact]
    public void Preflight_refuses_an_oversized_pinned_sweep_from_captured_meminfo()
    {
        // The captured host has about 22.8 GiB available: a pinned 16 GiB
        // buffer needs 32 GiB at fork (buffer + copy).
        MemInfo memory = MemInfoParser.Parse(Fixture.Read("meminfo.txt"));
        var options = NativeSweepOptions.Default with
        {
            SizesBytes = [16 * GiB],
            Scenarios = [ScenarioOf.Fork("anon-4k/pin=all")],
        };

        string? refusal = NativeSweep.Preflight(options, memory);

        Assert.NotNull(refusal);
        Assert.Contains("pin=all/rss=16gib", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Preflight_accepts_the_default_sweep_on_the_captured_host() =>
        Assert.Null(NativeSweep.Preflight(NativeSweepOptions.Default, MemInfoParser.Parse(Fixture.Read("meminfo.txt"))));
}
