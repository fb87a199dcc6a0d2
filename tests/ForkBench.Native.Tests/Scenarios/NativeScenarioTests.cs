using ForkBench.Native.Scenarios;

namespace ForkBench.Native.Tests.Scenarios;

public sealed class NativeScenarioTests
{
    private const long MiB = 1L << 20;

    [Theory]
    [InlineData(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.All, 0, "native/fork/anon-4k/pin=io_uring/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.None, 0, "native/fork/anon-4k/pin=none/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.Sticky, 0, "native/fork/anon-4k/pin=io_uring-unregistered/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.Half, 0, "native/fork/anon-4k/pin=io_uring-half/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.Anon4K, PinKind.OneIn64, 0, "native/fork/anon-4k/pin=io_uring-1of64/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.AnonThp, PinKind.All, 0, "native/fork/anon-thp/pin=io_uring/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.AnonMthp, PinKind.All, 64, "native/fork/anon-mthp-64k/pin=io_uring/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.Anon4KDontFork, PinKind.All, 0, "native/fork/anon-4k-dontfork/pin=io_uring/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.Anon4KWipeOnFork, PinKind.All, 0, "native/fork/anon-4k-wipeonfork/pin=io_uring/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.SharedAnon, PinKind.All, 0, "native/fork/shared-anon/pin=io_uring/rss=512MiB")]
    [InlineData(SpawnKind.Fork, MemoryKind.FilePrivate, PinKind.None, 0, "native/fork/file-private/pin=none/rss=512MiB")]
    [InlineData(SpawnKind.VforkClone, MemoryKind.Anon4K, PinKind.All, 0, "native/vfork/anon-4k/pin=io_uring/rss=512MiB")]
    public void Ids_are_stable(SpawnKind spawn, MemoryKind memory, PinKind pin, int mthp, string id) =>
        Assert.Equal(id, new NativeScenario(spawn, memory, pin, mthp).IdFor(512 * MiB));

    [Fact]
    public void Ids_are_unique_across_the_catalog()
    {
        IReadOnlyList<NativeScenario> all = ScenarioCatalog.Default([16, 64, 2048]);

        Assert.Equal(all.Count, all.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public void Unpinned_scenarios_run_before_any_pinned_one()
    {
        IReadOnlyList<NativeScenario> all = ScenarioCatalog.Default([64]);
        int lastUnpinned = all.ToList().FindLastIndex(s => !s.UsesIoUring);
        int firstPinned = all.ToList().FindIndex(s => s.UsesIoUring);

        Assert.True(lastUnpinned < firstPinned);
    }

    [Theory]
    [InlineData(MemoryKind.Anon4K, PinKind.All, 512)]
    [InlineData(MemoryKind.Anon4K, PinKind.Half, 256)]
    [InlineData(MemoryKind.Anon4K, PinKind.OneIn64, 8)]
    [InlineData(MemoryKind.Anon4K, PinKind.Sticky, 0)]
    [InlineData(MemoryKind.Anon4K, PinKind.None, 0)]
    [InlineData(MemoryKind.Anon4KDontFork, PinKind.All, 0)]
    [InlineData(MemoryKind.SharedAnon, PinKind.All, 0)]
    [InlineData(MemoryKind.AnonThp, PinKind.OneIn64, 8)]
    public void Copied_bytes_follow_the_pins(MemoryKind memory, PinKind pin, long copiedMiB) =>
        Assert.Equal(copiedMiB * MiB, new NativeScenario(SpawnKind.Fork, memory, pin).CopiedAtForkBytes(512 * MiB));

    [Fact]
    public void A_pin_on_part_of_a_THP_copies_the_whole_folio() =>
        Assert.Equal(2 * MiB, new NativeScenario(SpawnKind.Fork, MemoryKind.AnonThp, PinKind.OneIn64).CopiedAtForkBytes(64 * MiB));

    [Fact]
    public void Vfork_copies_nothing() =>
        Assert.Equal(0, new NativeScenario(SpawnKind.VforkClone, MemoryKind.Anon4K, PinKind.All).CopiedAtForkBytes(512 * MiB));

    [Theory]
    [InlineData("*anon-thp*", "native/fork/anon-thp/pin=none/rss=64MiB", true)]
    [InlineData("native/fork/anon-4k/pin=io_uring", "native/fork/anon-4k/pin=io_uring/rss=64MiB", true)]
    [InlineData("native/fork/anon-4k/pin=io_uring/rss=64MiB", "native/fork/anon-4k/pin=io_uring/rss=64MiB", true)]
    [InlineData("native/fork/anon-4k/pin=io_uring/rss=64mib", "native/fork/anon-4k/pin=io_uring/rss=64MiB", true)]
    [InlineData("*pin=io_uring/*", "native/fork/anon-4k/pin=io_uring/rss=64MiB", true)]
    [InlineData("*rss=64MiB", "native/fork/anon-4k/pin=io_uring/rss=64MiB", true)]
    [InlineData("*rss=64MiB", "native/fork/anon-4k/pin=io_uring/rss=256MiB", false)]
    [InlineData("native/fork/anon-4k/pin=io_uring", "native/fork/anon-4k/pin=io_uring-half/rss=64MiB", false)]
    public void Filters_match_the_ids_that_list_prints(string pattern, string id, bool expected)
    {
        NativeScenario scenario = ScenarioCatalog.Default([]).Single(s => id.StartsWith(s.Key + "/", StringComparison.Ordinal));
        Assert.Equal(expected, ScenarioCatalog.Selects(pattern, scenario, id));
    }
}
