using ForkBench.Reporting.Model;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class FloorRatioWriterTests
{
    [Fact]
    public void One_row_per_variant_with_the_ratio_its_interval_and_the_rounds()
    {
        string text = FloorRatioWriter.Write(
        [
            new FloorRatioRow("v5.8", "anon-4k/pin=none/rss=1gib", 1.1374, 1.114, 1.147, 40),
            new FloorRatioRow("pte-batch-6.15", "anon-4k/pin=none/rss=1gib", 1.7052, null, null, 5),
        ]);
        string[] lines = text.Split('\n');

        Assert.StartsWith(FloorRatioWriter.Title, text, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("v5.8 ", StringComparison.Ordinal) && l.Contains("1.137", StringComparison.Ordinal)
            && l.Contains("1.114..1.147", StringComparison.Ordinal) && l.TrimEnd().EndsWith("40", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("pte-batch-6.15", StringComparison.Ordinal) && l.Contains(IntervalMark.None, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= AsciiText.MaxColumns, l));
    }
}
