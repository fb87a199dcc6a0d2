using ForkBench.Results.Documents;

namespace ForkBench.Results.Tests.Documents;

public class MeasurementIdTests
{
    [Theory]
    [InlineData("model/fork/merged-5.10/anon-4k/rss=1GiB/pinned=1-64", true)]
    [InlineData("native/fork/anon-thp/pin=io_uring/rss=512MiB", true)]
    [InlineData("", false)]
    [InlineData("a//b", false)]
    [InlineData("/a", false)]
    [InlineData("a b", false)]
    [InlineData("a/ü", false)]
    public void Validity(string id, bool valid) => Assert.Equal(valid, MeasurementId.IsValid(id));

    [Theory]
    [InlineData("anon-4k", "anon-4k")]
    [InlineData("a/b c", "a_b_c")]
    [InlineData("", "_")]
    public void Segments(string text, string expected) => Assert.Equal(expected, MeasurementId.Segment(text));

    [Fact]
    public void Run_ids_sort_by_time()
    {
        RunInfo run = RunInfoFactory.Create(new DateTime(2025, 3, 4, 5, 6, 7, 890, DateTimeKind.Utc), "0.1.0", "abc", "test", "0badc0de");
        Assert.Equal("20250304T050607Z-0badc0de", run.Id);
        Assert.Equal(new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc), run.TimeUtc);
    }

    [Theory]
    [InlineData("model/floor/floor-64mib/wrprotect=False", "model/floor/floor-64mib/wrprotect=false")]
    [InlineData("model/fork/a", "model/fork/a")]
    [InlineData("native/fork/anon-4k/pin=none/rss=64MiB", "native/fork/anon-4k/pin=none/rss=64mib")]
    [InlineData("native/fork/anon-4k/pin=io_uring/rss=1024MiB", "native/fork/anon-4k/pin=all/rss=1gib")]
    [InlineData("native/fork/anon-4k/pin=io_uring-half/rss=256MiB", "native/fork/anon-4k/pin=first-1of2/rss=256mib")]
    [InlineData("native/fork/anon-4k/pin=io_uring-1of64/rss=64MiB", "native/fork/anon-4k/pin=first-1of64/rss=64mib")]
    [InlineData("native/fork/anon-4k/pin=io_uring-unregistered/rss=64MiB", "native/fork/anon-4k/pin=unpinned-all/rss=64mib")]
    [InlineData("native/fork/anon-mthp-64k/pin=io_uring/rss=64MiB", "native/fork/anon-64k/pin=all/rss=64mib")]
    [InlineData("native/vfork/anon-4k/pin=none/rss=64MiB", "native/vfork/anon-4k/pin=none/rss=64mib")]
    [InlineData("native/fork/floor", "native/fork/floor")]
    [InlineData("native/fork/anon-4k/pin=all/rss=1gib", "native/fork/anon-4k/pin=all/rss=1gib")]
    [InlineData("other/Mixed/Case", "other/Mixed/Case")]
    [InlineData("model/fork-layout/fork-1gib/layout=thp-pmd/pins=all/variant=v5.8", "model/fork-layout/v5.8/anon-thp/pin=all/rss=1gib")]
    [InlineData("model/fork-pinned-share/fork-64mib/pins=1in64/variant=merged-5.10", "model/fork-pinned-share/merged-5.10/anon-4k/pin=every-64th/rss=64mib")]
    [InlineData("model/fork-pinned-share/fork-64mib/pins=was-pinned/variant=v5.8", "model/fork-pinned-share/v5.8/anon-4k/pin=unpinned-all/rss=64mib")]
    [InlineData("model/fork-pinned-share/fork-64mib/pins=refs-1in64/variant=v5.8", "model/fork-pinned-share/v5.8/anon-4k/pin=none/refs=every-64th/rss=64mib")]
    [InlineData("model/fork-mapping/fork-64mib/mapping=anon-shared/variant=v5.8", "model/fork-mapping/v5.8/shared-anon/pin=none/rss=64mib")]
    [InlineData("model/fork-placement/fork-1gib/pins=none/placement=scattered/variant=v5.8", "model/fork-placement/v5.8/frames=scattered/anon-4k/pin=none/rss=1gib")]
    [InlineData("model/exit/exit-child-64mib/layout=4k/pins=none/variant=v5.8", "model/exit/v5.8/anon-4k/pin=none/rss=64mib")]
    [InlineData("model/fork-large-folio/fork-64mib/layout=mthp-64k/pins=all/variant=pte-batch-6.9", "model/fork-large-folio/pte-batch-6.9/anon-64k/pin=all/rss=64mib")]
    public void Old_ids_read_under_todays_spelling(string id, string canonical) =>
        Assert.Equal(canonical, MeasurementId.Canonical(id));
}
