using ForkBench.Reporting.Study;
using ForkBench.Reporting.Text;

namespace ForkBench.Reporting.Tests.Study;

public class PinnedFolioTextWriterTests
{
    [Fact]
    public void The_report_is_ascii_within_80_columns()
    {
        foreach (bool calibrated in new[] { true, false })
        {
            string text = PinnedFolioTextWriter.Write(PinnedFolioSampleStudy.Create(calibrated));
            Assert.True(AsciiText.IsPlain(text));
            Assert.All(text.Split('\n'), line => Assert.True(line.Length <= AsciiText.MaxColumns, line));
        }
    }

    [Fact]
    public void Every_prediction_column_says_predicted()
    {
        string text = PinnedFolioTextWriter.Write(PinnedFolioSampleStudy.Create());
        string[] header = Table(text).Take(2).ToArray();
        Assert.Equal(3, header[0].Split("predicted").Length - 1);
        Assert.Contains("today", header[1]);
        Assert.Contains("no-retry", header[1]);
        Assert.Contains("exact-pin", header[1]);
        Assert.Contains("today = pte-batch-6.15 (this kernel)", text.Replace("\n", " "));
    }

    [Fact]
    public void The_error_column_is_todays_prediction_against_the_measured_pinned_cost()
    {
        string text = PinnedFolioTextWriter.Write(PinnedFolioSampleStudy.Create());
        // 4k: (440 - 400) / 400 = +10%; thp: (900 - 1000) / 1000 = -10%.
        Assert.EndsWith("+10%", Row(text, "4k"));
        Assert.EndsWith("-10%", Row(text, "thp"));
        Assert.EndsWith(PinnedFolioTextWriter.Missing, Row(text, "64k"));
        Assert.StartsWith("4k        400      30.0", Row(text, "4k"));
    }

    [Fact]
    public void The_error_is_computed_on_the_row()
    {
        var row = PinnedFolioSampleStudy.Create().Rows[2];
        Assert.Equal(-10, row.TodayErrorPercent(0)!.Value, 9);
        Assert.Null(row.TodayErrorPercent(-1));
        Assert.Null(PinnedFolioSampleStudy.Create().Rows[1].TodayErrorPercent(0));
    }

    [Fact]
    public void A_missing_point_says_why()
    {
        string text = PinnedFolioTextWriter.Write(PinnedFolioSampleStudy.Create());
        Assert.Contains("Missing points:", text);
        Assert.Contains("64k pinned: skipped: cannot write", text);
        Assert.Contains("needs root", text.Replace("\n", " "));
    }

    [Fact]
    public void The_fitted_pte_read_cost_has_its_interval_and_provenance()
    {
        string text = PinnedFolioTextWriter.Write(PinnedFolioSampleStudy.Create()).Replace("\n", " ");
        Assert.Contains("14.2 ns per PTE read (95% interval 11.0 ns .. 17.5 ns)", text);
        Assert.Contains("4.50 ns per entry folio_pte_batch() compares (95% interval 3.90 ns .. 5.10 ns;", text);
        Assert.Contains("held-out median error 12.0%", text);
    }

    [Fact]
    public void Without_a_calibration_nothing_is_predicted_and_the_command_to_calibrate_is_shown()
    {
        string text = PinnedFolioTextWriter.Write(PinnedFolioSampleStudy.Create(calibrated: false));
        Assert.Contains("no calibration", text);
        Assert.All(new[] { "4k", "thp" }, folio => Assert.EndsWith(PinnedFolioTextWriter.Missing, Row(text, folio)));
        string[] command = text.Split('\n').SkipWhile(l => !l.Contains("calibrate it")).Skip(2).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToArray();
        Assert.True(command.Length > 1);
        Assert.All(command[..^1], line => Assert.EndsWith(" \\", line));
        Assert.Contains("calibrate \\ --from", string.Join(" ", command.Select(l => l.Trim())));
    }

    [Fact]
    public void The_model_section_shows_pte_reads_per_folio_per_variant()
    {
        string text = PinnedFolioTextWriter.Write(PinnedFolioSampleStudy.Create());
        string thp = text.Split('\n').SkipWhile(l => !l.StartsWith("PTE reads per pinned folio", StringComparison.Ordinal))
            .First(l => l.StartsWith("thp ", StringComparison.Ordinal));
        Assert.Equal(["thp", "512", "131841", "1536", "131841", "65536"], thp.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_code_path_cites_the_kernel_functions()
    {
        string text = PinnedFolioTextWriter.Write(PinnedFolioSampleStudy.Create()).Replace("\n", " ");
        Assert.All(new[] { "copy_pte_range()", "copy_present_ptes()", "folio_pte_batch()", "folio_try_dup_anon_rmap_ptes()" },
            name => Assert.Contains(name, text));
    }

    /// <summary>The measured table: from its header down to the blank line after it.</summary>
    private static IEnumerable<string> Table(string text) =>
        text.Split('\n').SkipWhile(l => !l.TrimStart().StartsWith("predicted", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0);

    private static string Row(string text, string folio) => Table(text).First(l => l.StartsWith(folio + " ", StringComparison.Ordinal));
}
