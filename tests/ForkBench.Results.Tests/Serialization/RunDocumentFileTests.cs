using ForkBench.Results.Serialization;
using ForkBench.Results.Tests.Support;

namespace ForkBench.Results.Tests.Serialization;

public sealed class RunDocumentFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("forkbench-docfile-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Missing_file_and_directory_are_data_errors()
    {
        string missing = Path.Combine(_directory, "missing.json");
        Assert.Equal($"{missing}: file not found", Assert.Throws<ResultsDataException>(() => RunDocumentFile.Read(missing)).Message);
        Assert.Contains("is a directory", Assert.Throws<ResultsDataException>(() => RunDocumentFile.Read(_directory)).Message);
    }

    [Fact]
    public void WriteNew_never_replaces_and_Replace_does()
    {
        string path = Path.Combine(_directory, "run.json");
        var first = TestDocuments.Run("r1", [TestDocuments.Measurement("a", [1.0, 2.0])]);
        var second = TestDocuments.Run("r2", [TestDocuments.Measurement("a", [3.0, 4.0])]);

        RunDocumentFile.WriteNew(path, first);
        Assert.Throws<ResultsDataException>(() => RunDocumentFile.WriteNew(path, second));
        Assert.Equal("r1", RunDocumentFile.Read(path).Run.Id);

        RunDocumentFile.Replace(path, second);
        Assert.Equal("r2", RunDocumentFile.Read(path).Run.Id);
    }
}
