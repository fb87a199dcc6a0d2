using ForkBench.Benchmarks.Pipeline;

namespace ForkBench.Benchmarks.Tests.Pipeline;

public class ComparisonLabelsTests
{
    private static (string Id, IReadOnlyDictionary<string, string> Parameters) M(string id, params (string Name, string Value)[] parameters) =>
        (id, parameters.ToDictionary(p => p.Name, p => p.Value));

    private static IReadOnlyList<string> Labels(params (string Id, IReadOnlyDictionary<string, string> Parameters)[] measurements) =>
        ComparisonLabels.For(measurements);

    [Theory]
    [InlineData("fork", "anon-4k/pin=all/rss=1gib", "wall", "4 KiB pinned 1 GiB")]
    [InlineData("fork", "anon-4k/pin=first-1of64/rss=64mib", "cpu", "4 KiB 1/64 pinned 64 MiB cpu")]
    [InlineData("fork", "anon-4k/pin=unpinned-all/rss=256mib", "exit-reap", "sticky (pin, unpin) 256 MiB exit+reap")]
    [InlineData("fork", "anon-thp/pin=none/rss=64mib", "cow-write", "THP 64 MiB COW writes")]
    [InlineData("vfork", "anon-4k/pin=none/rss=1gib", "wall", "vfork 1 GiB")]
    public void Native_labels_name_scenario_size_and_metric(string spawn, string scenario, string metric, string expected) =>
        Assert.Equal(expected, Assert.Single(Labels(M("native/x", ("spawn", spawn), ("scenario", scenario), ("metric", metric)))));

    [Fact]
    public void Floors_and_generic_ids_keep_a_compact_form()
    {
        var labels = Labels(
            M("native/fork-cpu/floor", ("spawn", "fork"), ("rssBytes", "0"), ("metric", "cpu")),
            M("model/floor/floor-64mib/placement=contiguous/wrprotect=false", ("placement", "contiguous")),
            M("Some.Benchmark.Method"));
        Assert.Equal(["fork floor cpu", "floor/floor-64mib/placement=contiguous/wrprotect=false", "Some.Benchmark.Method"], labels);
    }

    [Fact]
    public void Model_floors_with_their_size_read_as_size_placement_and_write_protect()
    {
        var labels = Labels(
            M("model/floor/floor-64mib/placement=scattered/wrprotect=true", ("placement", "scattered"), ("wrprotect", "true"), ("rssBytes", "67108864")),
            M("model/floor/floor-1gib/placement=contiguous/wrprotect=false", ("placement", "contiguous"), ("wrprotect", "false"), ("rssBytes", "1073741824")));
        Assert.Equal(["floor 64 MiB scattered wrprotect", "floor 1 GiB contiguous"], labels);
    }

    [Fact]
    public void Model_rows_name_their_category_only_where_needed()
    {
        var labels = Labels(
            M("model/fork-layout/v5.8/anon-thp/pin=all/rss=1gib", ("variant", "v5.8"), ("scenario", "anon-thp/pin=all/rss=1gib")),
            M("model/fork-pinned-share/merged-5.10/anon-4k/pin=all/rss=64mib", ("variant", "merged-5.10"), ("scenario", "anon-4k/pin=all/rss=64mib")),
            M("model/fork-size/merged-5.10/anon-4k/pin=all/rss=64mib", ("variant", "merged-5.10"), ("scenario", "anon-4k/pin=all/rss=64mib")),
            M("model/exit/v5.8/anon-4k/pin=none/rss=64mib", ("variant", "v5.8"), ("scenario", "anon-4k/pin=none/rss=64mib")));
        Assert.Equal(
        [
            "v5.8 THP pinned 1 GiB",
            "fork-pinned-share merged-5.10 4K pinned 64 MiB",
            "fork-size merged-5.10 4K pinned 64 MiB",
            "exit v5.8 4K unpinned 64 MiB",
        ], labels);
    }

    [Fact]
    public void Labels_still_alike_gain_the_parameters_that_differ()
    {
        var labels = Labels(
            M("model/fork-placement/v5.8/anon-4k/pin=none/rss=1gib", ("variant", "v5.8"), ("scenario", "anon-4k/pin=none/rss=1gib"), ("placement", "contiguous")),
            M("model/fork-placement/v5.8/frames=scattered/anon-4k/pin=none/rss=1gib", ("variant", "v5.8"), ("scenario", "anon-4k/pin=none/rss=1gib"), ("placement", "scattered")));
        Assert.Equal(["v5.8 4K unpinned 1 GiB placement=contiguous", "v5.8 4K unpinned 1 GiB placement=scattered"], labels);
    }
}
