using ForkBench.Calibration.Tests.Documents;
using ForkBench.Calibration.Text;

namespace ForkBench.Calibration.Tests.Text;

public class CalibrationTextWriterTests
{
    [Fact]
    public void Prints_ascii_within_eighty_columns_and_labels_predictions()
    {
        var output = new StringWriter { NewLine = "\n" };

        CalibrationTextWriter.Write(CalibrationFileTests.Sample(), output);

        string text = output.ToString();
        string[] lines = text.Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        Assert.All(text, c => Assert.True(c < 128, $"non-ASCII '{c}'"));
        Assert.Contains("predicted", text);
        Assert.Contains("kernel 6.18 -> pte-batch-6.15", text);
        Assert.Contains(lines, l => l.StartsWith("anon-4k/pin=all/rss=64mib", StringComparison.Ordinal) && l.Contains("37.6 ms", StringComparison.Ordinal)
            && l.Contains("36.1 ms", StringComparison.Ordinal) && l.Contains("-4.0%", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("PTE read", StringComparison.Ordinal) && l.Contains("14.2", StringComparison.Ordinal) && l.Contains("[12.5, 16.1]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("lock drop+retake", StringComparison.Ordinal) && l.Contains("merged into page copied (4 KiB)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("PMD split", StringComparison.Ordinal) && l.Contains("not exercised", StringComparison.Ordinal));
        Assert.Contains("median |error| of the predictions over 1 point(s) >= 1.00 ms: 20.2%", text);
        Assert.Contains("not checked: no pinned THP/mTHP point measured", text);
        // The predictions: one column for the one process, the kernel's variant marked, a refused one n/a.
        Assert.Contains(lines, l => l.Trim() == "thp pinned");
        Assert.Contains(lines, l => l.StartsWith("pte-batch-6.15 <", StringComparison.Ordinal) && l.EndsWith("797 ms", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("v5.8 ", StringComparison.Ordinal) && l.EndsWith("n/a", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(680_920.5, "681 us")]
    [InlineData(999_700, "1.00 ms")]
    [InlineData(37_629_200, "37.6 ms")]
    [InlineData(838_944_073, "839 ms")]
    [InlineData(1_204_000_000, "1.20 s")]
    [InlineData(0, "0.00 ns")]
    public void Durations_keep_three_significant_digits(double ns, string expected) =>
        Assert.Equal(expected, TimeText.Duration(ns));
}
