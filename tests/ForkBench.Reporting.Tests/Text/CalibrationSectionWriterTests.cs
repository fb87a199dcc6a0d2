using ForkBench.Reporting.Model;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Text;

public class CalibrationSectionWriterTests
{
    private static CalibrationSummary Summary(bool undetermined) => new(
        "calibrated 2026-11-30 on run r1, held-out median error 9.1%",
        "kernel 6.18 -> pte-batch-6.15",
        [new CalibratedCost("PTE read", 4.49, 3.31, 4.86), new CalibratedCost("page copied (4 KiB) with lock drop+retake", 1729, 1697, 1752)],
        ["each family left out: median |error| 9.1% over 45 point(s) of 1.00 ms or more."],
        [new PredictionScenario("4K pinned", "anon-4k/pin=all/rss=1gib", 458e6), new PredictionScenario("THP pinned", "anon-thp/pin=all/rss=1gib", null)],
        [
            new PredictedVariant("v5.8", false, [11.1e6, 1.15e6], [false, undetermined]),
            new PredictedVariant("pte-batch-6.15", true, [474e6, null], [false, false]),
        ],
        "depends on how the fit split the costs of pages-copied, pmd-splits");

    [Fact]
    public void Says_predicted_and_prints_the_measured_row_above_every_variants_prediction()
    {
        string text = CalibrationSectionWriter.Write(Summary(undetermined: true));
        string[] lines = text.Split('\n');

        Assert.StartsWith("Calibration: predicted fork cost on this host (predictions, not measurements)", text, StringComparison.Ordinal);
        Assert.Contains("PTE read 4.49 [3.31, 4.86]", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        int measured = Array.FindIndex(lines, l => l.StartsWith("measured (this run)", StringComparison.Ordinal));
        Assert.True(measured > 0);
        Assert.Matches(@"^measured \(this run\)\s+458 ms\s+n/a\s*$", lines[measured]);
        Assert.Matches(@"^v5\.8\s+11\.1 ms\s+1\.15 ms\*$", lines[measured + 1]);
        Assert.Matches(@"^pte-batch-6\.15 <\s+474 ms\s+n/a\s*$", lines[measured + 2]);
        Assert.Contains("* depends on how the fit split", text, StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= AsciiText.MaxColumns, l));
    }

    [Fact]
    public void The_star_legend_appears_only_when_a_prediction_carries_the_star()
    {
        string text = CalibrationSectionWriter.Write(Summary(undetermined: false));

        Assert.DoesNotContain("*", text, StringComparison.Ordinal);
        Assert.Contains("< the variant that models the calibrated kernel", text, StringComparison.Ordinal);
    }
}
