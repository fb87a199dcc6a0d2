using ForkBench.Reporting.Output;

namespace ForkBench.Reporting.Tests.Output;

public sealed class ReportAttachmentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("forkbench-attachment-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void An_attachment_is_written_beside_the_report_and_listed()
    {
        string target = Path.Combine(_root, "report");
        var content = new ReportContent("text\n", []) { Attachments = [new ReportAttachment("native.json", "{}"u8.ToArray())] };

        ReportWriteResult result = new ReportWriter().Write(content, target);

        Assert.Equal("{}", File.ReadAllText(Path.Combine(target, "native.json")));
        Assert.Contains("native.json", result.Files);
        Assert.Contains("\nnative.json\n", File.ReadAllText(Path.Combine(target, ReportWriter.TextFileName)));
        Assert.True(File.Exists(Path.Combine(target, ReportWriter.MarkerFileName)));
    }

    [Theory]
    [InlineData("../native.json")]
    [InlineData("sub/native.json")]
    [InlineData("report.txt")]
    [InlineData("noextension")]
    public void A_name_that_is_not_a_plain_file_name_is_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new ReportAttachment(name, []));
}
