using ForkBench.Results.IO;

namespace ForkBench.Results.Tests.IO;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("forkbench-atomic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Writes_into_new_directories_and_leaves_no_temporary_file()
    {
        string path = Path.Combine(_directory, "a", "b", "run.json");
        AtomicFileWriter.Write(path, "{}"u8, overwrite: false);

        Assert.Equal("{}", File.ReadAllText(path));
        Assert.Equal(["run.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Refuses_to_replace_unless_asked()
    {
        string path = Path.Combine(_directory, "run.json");
        AtomicFileWriter.Write(path, "old"u8, overwrite: false);

        Assert.ThrowsAny<IOException>(() => AtomicFileWriter.Write(path, "new"u8, overwrite: false));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_directory));

        AtomicFileWriter.Write(path, "new"u8, overwrite: true);
        Assert.Equal("new", File.ReadAllText(path));
    }
}
