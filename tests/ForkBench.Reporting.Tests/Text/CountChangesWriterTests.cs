using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class CountChangesWriterTests
{
    [Fact]
    public void Lists_each_change_indented_under_the_title()
    {
        string text = CountChangesWriter.Write(["model/fork-layout/v5.8/anon-4k/pin=all/rss=1gib: lockedRmws 512 -> 514"]);

        Assert.Equal(
        [
            CountChangesWriter.Title,
            "  model/fork-layout/v5.8/anon-4k/pin=all/rss=1gib: lockedRmws 512 -> 514",
            "",
        ], text.Split('\n'));
    }

    [Fact]
    public void A_count_absent_on_one_side_is_explained_as_new_or_retired()
    {
        string text = CountChangesWriter.Write(["model/fork-layout/pte-batch-6.9/anon-thp/pin=all/rss=1gib: pteBatchCompares absent -> 66977792"]);

        Assert.Contains("absent: the tool that made that side does not record the count", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text.Split('\n'), l => Assert.True(l.Length <= AsciiText.MaxColumns, l));
    }
}
