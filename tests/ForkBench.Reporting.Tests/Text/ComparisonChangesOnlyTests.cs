using ForkBench.Results.Comparison;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class ComparisonChangesOnlyTests
{
    private static ComparisonRow Row(string id, Verdict verdict, double ratio) =>
        new(id, "", 100, 100 * ratio, (ratio - 1) * 100, ratio * 0.98, ratio * 1.02, verdict, "ns");

    [Fact]
    public void Too_few_samples_is_unknown_never_same()
    {
        var rows = new[]
        {
            Row("native/fork/a/rss=64MiB", Verdict.Same, 1.01),
            Row("native/fork/u/rss=64MiB", Verdict.Unknown, 1.50),
        };

        // Listed in full, the unknown row is marked as such; a changes-only table counts it but lists only changes.
        string text = ComparisonTableWriter.Write(rows, changesOnly: false);
        Assert.Contains("u/rss=64MiB", text);
        Assert.Contains("? unknown", text);
        Assert.DoesNotContain("? unknown", ComparisonTableWriter.Write(rows, changesOnly: true));
        string flowing = string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2 compared: 0 slower, 0 faster, 1 without significant change, 1 unknown.", flowing);
    }

    [Fact]
    public void OnlyChangedIdsAreListedButAllAreCounted()
    {
        var rows = new[]
        {
            Row("native/fork/a/rss=64MiB", Verdict.Same, 1.01),
            Row("native/fork/b/rss=64MiB", Verdict.Slower, 1.20),
            Row("native/fork/c/rss=64MiB", Verdict.Same, 0.99),
            Row("native/fork/d/rss=64MiB", Verdict.Faster, 0.80),
        };

        string text = ComparisonTableWriter.Write(rows, changesOnly: true);

        Assert.Contains("b/rss=64MiB", text);
        Assert.Contains("d/rss=64MiB", text);
        Assert.DoesNotContain("a/rss=64MiB", text);
        Assert.DoesNotContain("c/rss=64MiB", text);
        Assert.Contains("4 compared: 1 slower, 1 faster, 2 without significant change.", text);
        Assert.Contains("The 2 ids without a significant change (same or unknown) are not listed", string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void NothingChangedStillSaysWhatWasCompared()
    {
        string text = ComparisonTableWriter.Write([Row("model/x", Verdict.Same, 1.0)], changesOnly: true);
        Assert.Contains("1 compared: 0 slower, 0 faster, 1 without significant change.", text);
        Assert.DoesNotContain("model/x", text);
    }
}
