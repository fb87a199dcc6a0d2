using ForkBench.Reporting.Model;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class PerWalkWriterTests
{
    [Fact]
    public void One_row_per_point_with_its_figure_interval_and_rounds_and_a_wide_one_is_marked()
    {
        string text = PerWalkWriter.Write(
        [
            new PerWalkRow("4 KiB", 1L << 30, 1.5231, 1.49, 1.55, 17),
            new PerWalkRow("file private", 256L << 20, 1.6, 1.3, 1.7, 40),
            new PerWalkRow("4 KiB sparse 1/512", 64L << 20, 0.7, null, null, 5),
        ]);
        string[] lines = text.Split('\n');

        Assert.StartsWith(PerWalkWriter.Title, text, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("4 KiB ", StringComparison.Ordinal) && l.Contains("1 GiB", StringComparison.Ordinal)
            && l.Contains("1.523", StringComparison.Ordinal) && l.Contains("1.490..1.550", StringComparison.Ordinal)
            && !l.Contains(IntervalMark.Wide, StringComparison.Ordinal) && l.TrimEnd().EndsWith("17", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("file private", StringComparison.Ordinal) && l.Contains("1.300..1.700 " + IntervalMark.Wide, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("4 KiB sparse", StringComparison.Ordinal) && l.Contains(IntervalMark.None, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(IntervalMark.Wide + ":", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= AsciiText.MaxColumns, l));
    }

    [Fact]
    public void A_row_without_an_interval_alone_brings_the_legend_and_steady_rows_do_not()
    {
        string none = PerWalkWriter.Write([new PerWalkRow("4 KiB", 1L << 30, 1.5, null, null, 5)]);
        string steady = PerWalkWriter.Write([new PerWalkRow("4 KiB", 1L << 30, 1.5, 1.49, 1.51, 40)]);

        Assert.Contains("\n" + IntervalMark.Wide + ":", none, StringComparison.Ordinal);
        Assert.DoesNotContain("\n" + IntervalMark.Wide + ":", steady, StringComparison.Ordinal);
    }
}
