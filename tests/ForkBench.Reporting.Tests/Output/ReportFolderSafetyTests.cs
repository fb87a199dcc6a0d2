using ForkBench.Reporting.Output;
using ForkBench.Results;

namespace ForkBench.Reporting.Tests.Output;

/// <summary>A report path never deletes what is not a ForkBench report.</summary>
public sealed class ReportFolderSafetyTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("forkbench-report-safety-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private static ReportWriter Writer() => new();

    [Fact]
    public void A_folder_that_is_not_a_report_is_refused_and_left_whole()
    {
        string victim = Path.Combine(_parent, "victim");
        Directory.CreateDirectory(victim);
        File.WriteAllText(Path.Combine(victim, "precious.txt"), "keep me");

        var e = Assert.Throws<ResultsDataException>(() => Writer().Write(new ReportContent("new\n", []), victim));

        Assert.Contains("is not a ForkBench report", e.Message);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(victim, "precious.txt")));
        Assert.Equal([Path.Combine(victim, "precious.txt")], Directory.GetFileSystemEntries(victim));
        Assert.Equal([victim], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void A_file_where_the_folder_would_go_is_refused()
    {
        string file = Path.Combine(_parent, "report");
        File.WriteAllText(file, "a file");
        Assert.Throws<ResultsDataException>(() => Writer().Write(new ReportContent("new\n", []), file));
        Assert.Equal("a file", File.ReadAllText(file));
    }

    [Fact]
    public void A_written_report_carries_the_marker_and_may_be_replaced()
    {
        string target = Path.Combine(_parent, "report");
        Writer().Write(new ReportContent("first\n", []), target);
        Assert.True(File.Exists(Path.Combine(target, ReportWriter.MarkerFileName)));

        Writer().Write(new ReportContent("second\n", []), target);

        Assert.StartsWith("second", File.ReadAllText(Path.Combine(target, ReportWriter.TextFileName)));
    }

    [Fact]
    public void An_empty_folder_may_be_used()
    {
        string target = Path.Combine(_parent, "empty");
        Directory.CreateDirectory(target);
        Writer().Write(new ReportContent("text\n", []), target);
        Assert.True(File.Exists(Path.Combine(target, ReportWriter.TextFileName)));
    }
}
