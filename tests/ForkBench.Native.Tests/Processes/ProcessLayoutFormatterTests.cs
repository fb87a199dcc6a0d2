using ForkBench.Native.Processes;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Processes;

public sealed class ProcessLayoutFormatterTests
{
    private static readonly ProcessLayout Layout = ProcessLayoutReader.Read(HelperFixture.Pid, FakeProcFileSource.CapturedHelper());

    [Fact]
    public void Every_line_is_ascii_and_at_most_80_columns()
    {
        foreach (bool all in new[] { false, true })
        {
            string text = ProcessLayoutFormatter.Format(Layout, all);

            Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
            Assert.All(text, c => Assert.True(c < 128, $"non-ASCII '{c}'"));
        }
    }

    [Fact]
    public void Shows_the_buffers_that_matter_with_their_scenarios_and_hides_the_rest()
    {
        string text = ProcessLayoutFormatter.Format(Layout);

        Assert.Contains("VmPin 128MiB: io_uring 128MiB in 2 ring(s), placed 128MiB, unplaced 0", text, StringComparison.Ordinal);
        Assert.Contains("7f7b63600000     anon-private    64MiB    64MiB   64MiB   64MiB hg", text, StringComparison.Ordinal);
        Assert.Contains("    anon-thp/pin=all/rss=64mib", text, StringComparison.Ordinal);
        Assert.Contains("anon-4k-dontfork/pin=none/rss=16mib", text, StringComparison.Ordinal);
        Assert.Contains("+ 9 more mappings", text, StringComparison.Ordinal);
        Assert.Contains("assumed: folio sizes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[vvar]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_every_mapping_when_asked()
    {
        string text = ProcessLayoutFormatter.Format(Layout, all: true);

        Assert.Contains("no scenario: device or kernel memory", text, StringComparison.Ordinal);
        Assert.Contains("[vvar]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("more mappings", text, StringComparison.Ordinal);
    }
}
