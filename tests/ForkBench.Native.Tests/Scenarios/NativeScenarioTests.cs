using ForkBench.Native.Scenarios;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Scenarios;

public sealed class NativeScenarioTests
{
    private const long MiB = 1L << 20;

    [Theory]
    [InlineData("anon-4k/pin=all", "native/fork/anon-4k/pin=all/rss=512mib")]
    [InlineData("anon-4k/pin=none", "native/fork/anon-4k/pin=none/rss=512mib")]
    [InlineData("anon-4k/pin=unpinned-all", "native/fork/anon-4k/pin=unpinned-all/rss=512mib")]
    [InlineData("anon-4k/pin=first-1of2", "native/fork/anon-4k/pin=first-1of2/rss=512mib")]
    [InlineData("anon-4k/pin=first-1of64", "native/fork/anon-4k/pin=first-1of64/rss=512mib")]
    [InlineData("anon-thp/pin=all", "native/fork/anon-thp/pin=all/rss=512mib")]
    [InlineData("anon-64k/pin=all", "native/fork/anon-64k/pin=all/rss=512mib")]
    [InlineData("anon-4k-dontfork/pin=all", "native/fork/anon-4k-dontfork/pin=all/rss=512mib")]
    [InlineData("anon-4k-wipeonfork/pin=all", "native/fork/anon-4k-wipeonfork/pin=all/rss=512mib")]
    [InlineData("shared-anon/pin=all", "native/fork/shared-anon/pin=all/rss=512mib")]
    [InlineData("file-private/pin=none", "native/fork/file-private/pin=none/rss=512mib")]
    public void Ids_end_in_the_scenario_tail(string scenario, string id)
    {
        NativeScenario native = ScenarioOf.Fork(scenario);
        Assert.Equal(id, native.IdFor(512 * MiB));
        Assert.Equal(id, "native/fork/" + native.At(512 * MiB).Tail);
    }

    [Theory]
    [InlineData("anon-4k/pin=none", true)]
    [InlineData("anon-4k/pin=unpinned-all", true)]
    [InlineData("anon-4k/pin=none/touch=every-512th", true)]
    [InlineData("anon-64k/pin=none", true)]
    [InlineData("anon-2m-pte/pin=none", true)]
    [InlineData("anon-4k/pin=all", false)]
    [InlineData("anon-4k/pin=first-1of64", false)]
    [InlineData("anon-64k/pin=all", false)]
    [InlineData("file-private/pin=none", true)]
    [InlineData("anon-thp/pin=none", false)]
    [InlineData("shared-anon/pin=none", false)]
    [InlineData("anon-4k-dontfork/pin=all", false)]
    [InlineData("anon-4k-wipeonfork/pin=all", false)]
    public void Only_private_PTE_mapped_memory_with_no_pinned_page_to_copy_costs_fork_the_page_table_copy_alone(string scenario, bool copies)
    {
        Assert.Equal(copies, ScenarioOf.Fork(scenario).ForkCopiesOnlyPtes);
        Assert.False(ScenarioOf.Vfork(scenario).ForkCopiesOnlyPtes);
    }

    [Theory]
    [InlineData("anon-4k/pin=all", true)]
    [InlineData("anon-thp/pin=none", true)]
    [InlineData("file-private/pin=none", true)]
    [InlineData("shared-anon/pin=all", false)]
    [InlineData("anon-4k-dontfork/pin=all", false)]
    [InlineData("anon-4k-wipeonfork/pin=all", false)]
    public void Fork_works_on_every_buffer_but_a_shared_a_DONTFORK_and_a_WIPEONFORK_one_and_vfork_on_none(string scenario, bool works)
    {
        Assert.Equal(works, ScenarioOf.Fork(scenario).ForkWorksOnBuffer);
        Assert.False(ScenarioOf.Vfork(scenario).ForkWorksOnBuffer);
    }

    [Fact]
    public void Vfork_ids_share_the_tail() =>
        Assert.Equal("native/vfork/anon-4k/pin=all/rss=512mib", ScenarioOf.Vfork("anon-4k/pin=all").IdFor(512 * MiB));

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
    [InlineData("anon-4k/pin=all", 512)]
    [InlineData("anon-4k/pin=first-1of2", 256)]
    [InlineData("anon-4k/pin=first-1of64", 8)]
    [InlineData("anon-4k/pin=unpinned-all", 0)]
    [InlineData("anon-4k/pin=none", 0)]
    [InlineData("anon-4k-dontfork/pin=all", 0)]
    [InlineData("shared-anon/pin=all", 0)]
    [InlineData("anon-thp/pin=first-1of64", 8)]
    public void Copied_bytes_follow_the_pins(string scenario, long copiedMiB) =>
        Assert.Equal(copiedMiB * MiB, ScenarioOf.Fork(scenario).CopiedAtForkBytes(512 * MiB));

    [Fact]
    public void A_pin_on_part_of_a_THP_copies_the_whole_folio() =>
        Assert.Equal(2 * MiB, ScenarioOf.Fork("anon-thp/pin=first-1of64").CopiedAtForkBytes(64 * MiB));

    [Fact]
    public void Vfork_copies_nothing() =>
        Assert.Equal(0, ScenarioOf.Vfork("anon-4k/pin=all").CopiedAtForkBytes(512 * MiB));

    [Theory]
    [InlineData("*anon-thp*", "native/fork/anon-thp/pin=none/rss=64mib", true)]
    [InlineData("native/fork/anon-4k/pin=all", "native/fork/anon-4k/pin=all/rss=64mib", true)]
    [InlineData("native/fork/anon-4k/pin=all/rss=64mib", "native/fork/anon-4k/pin=all/rss=64mib", true)]
    [InlineData("native/fork/anon-4k/pin=all/rss=64MiB", "native/fork/anon-4k/pin=all/rss=64mib", true)]
    [InlineData("*pin=all/*", "native/fork/anon-4k/pin=all/rss=64mib", true)]
    [InlineData("*rss=64mib", "native/fork/anon-4k/pin=all/rss=64mib", true)]
    [InlineData("*rss=64mib", "native/fork/anon-4k/pin=all/rss=256mib", false)]
    [InlineData("native/fork/anon-4k/pin=all", "native/fork/anon-4k/pin=first-1of2/rss=64mib", false)]
    public void Filters_match_the_ids_that_list_prints(string pattern, string id, bool expected)
    {
        NativeScenario scenario = ScenarioCatalog.Default([]).Single(s => id.StartsWith(s.Key + "/", StringComparison.Ordinal));
        Assert.Equal(expected, ScenarioCatalog.Selects(pattern, scenario, id));
    }
}
