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

    [Fact]
    public void Eleven_variants_of_one_process_name_it_once_and_take_one_line_each()
    {
        string[] variants = ["v5.8", "peterx-v1", "linus-copy-normal-page", "jgg-atomics-last", "merged-5.10", "mmf-5.14",
            "anon-exclusive-5.19", "pte-batch-6.9", "proposal-exact-pincount", "proposal-batch-no-retry", "pte-batch-6.15"];
        const string process = "anon-4k/pin=none/rss=1gib";
        string text = FloorRatioWriter.Write([.. variants.Select((v, i) => new FloorRatioRow(v, process, 1.1 + i * 0.05, 1.0 + i * 0.05, 1.2 + i * 0.05, 30))]);
        string[] lines = text.Split('\n');

        Assert.Single(lines, l => l.Contains(process, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("process", StringComparison.Ordinal) && l.StartsWith("variant", StringComparison.Ordinal));
        Assert.All(variants, v => Assert.Single(lines, l => l.StartsWith(v + " ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("30", StringComparison.Ordinal)));
        Assert.All(lines, l => Assert.True(l.Length <= AsciiText.MaxColumns, l));
    }

    [Fact]
    public void Rows_of_different_processes_keep_the_process_column()
    {
        string text = FloorRatioWriter.Write(
        [
            new FloorRatioRow("v5.8", "anon-4k/pin=none/rss=1gib", 1.1, 1.0, 1.2, 30),
            new FloorRatioRow("v5.8", "anon-4k/pin=none/rss=64mib", 1.2, 1.1, 1.3, 30),
        ]);

        Assert.Contains(text.Split('\n'), l => l.StartsWith("variant", StringComparison.Ordinal) && l.Contains("process", StringComparison.Ordinal));
        Assert.DoesNotContain("Every variant forks", text, StringComparison.Ordinal);
    }
}
