using ForkBench.Benchmarks.Cli;
using ForkBench.Benchmarks.Tests.Support;
using ForkBench.Reporting.Output;
using ForkBench.Results.Serialization;

namespace ForkBench.Benchmarks.Tests.Cli;

/// <summary>study: usage errors before anything is measured, and one tiny real study (4 MiB, two folio sizes).</summary>
public sealed class StudyCommandTests : IDisposable
{
    private readonly TempResults _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("3M", "not a multiple of 2 MiB")]
    [InlineData("2G", "at most 1 GiB")]
    [InlineData("lots", "option --sizes")]
    public void A_bad_size_is_refused(string sizes, string expected)
    {
        var result = Support.Cli.Run("study", StudyCommand.PinnedLargeFolio, "--sizes", sizes, "--results", _temp.Results);
        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(Path.Combine(_temp.Results, "reports")) && Directory.EnumerateDirectories(Path.Combine(_temp.Results, "reports")).Any());
    }

    [Theory]
    [InlineData("2m-pte", "does not measure 2m-pte")]
    [InlineData("5k", "unknown folio size")]
    public void A_bad_folio_is_refused(string folios, string expected)
    {
        var result = Support.Cli.Run("study", StudyCommand.PinnedLargeFolio, "--folios", folios, "--results", _temp.Results);
        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Study_without_a_question_is_a_usage_error()
    {
        var result = Support.Cli.Run("study");
        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains(StudyCommand.PinnedLargeFolio, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void An_unknown_option_is_refused()
    {
        var result = Support.Cli.Run("study", StudyCommand.PinnedLargeFolio, "--size", "4M");
        Assert.Equal(ExitCodes.UsageOrDataError, result.ExitCode);
        Assert.Contains("--sizes", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Help_lists_the_study()
    {
        var result = Support.Cli.Run("study", "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(StudyCommand.PinnedLargeFolio, result.Output);

        var sub = Support.Cli.Run("study", StudyCommand.PinnedLargeFolio, "--help");
        Assert.Equal(ExitCodes.Success, sub.ExitCode);
        Assert.Contains("--sizes", sub.Output);
        Assert.Contains("folio_try_dup_anon_rmap_ptes()", sub.Output);
        Assert.DoesNotContain("--folios", sub.Output);
    }

    [Fact]
    public void A_tiny_study_writes_the_report_folder()
    {
        TestCalibration.Write(_temp.Results);

        var result = Support.Cli.Run("study", StudyCommand.PinnedLargeFolio, "--sizes", "4M", "--folios", "4k,thp", "--budget", "0.05",
            "--results", _temp.Results);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        string folder = Assert.Single(Directory.GetDirectories(Path.Combine(_temp.Results, "reports")));
        Assert.Matches(@"study-pinned-large-folio-\d{8}T\d{6}Z$", folder);
        foreach (string file in new[] { ReportWriter.TextFileName, ReportWriter.MarkerFileName, "pinned-large-folio.svg", "pinned-large-folio.png", StudyCommand.NativeJsonName })
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        string text = File.ReadAllText(Path.Combine(folder, ReportWriter.TextFileName));
        Assert.Equal(text, result.Output);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 80, line));
        Assert.Contains("predicted", text);
        Assert.Contains("10.0 ns per PTE read", text.Replace("\n", " "));
        Assert.Contains(text.Split('\n'), l => l.StartsWith("thp ", StringComparison.Ordinal));
        var run = RunDocumentFile.Read(Path.Combine(folder, StudyCommand.NativeJsonName));
        Assert.Contains(run.Measurements, m => m.Id == "native/fork/anon-thp/pin=all/rss=4mib");
    }

}
