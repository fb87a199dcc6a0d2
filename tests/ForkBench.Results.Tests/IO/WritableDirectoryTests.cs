using ForkBench.Results.IO;

namespace ForkBench.Results.Tests.IO;

public sealed class WritableDirectoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("forkbench-writable-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_missing_folder_is_created_and_the_probe_leaves_nothing()
    {
        string folder = Path.Combine(_root, "a", "b");
        Assert.Null(WritableDirectory.Problem(folder));
        Assert.True(Directory.Exists(folder));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void A_file_in_the_way_is_a_problem()
    {
        string file = Path.Combine(_root, "file");
        File.WriteAllText(file, "x");
        string? problem = WritableDirectory.Problem(Path.Combine(file, "sub"));
        Assert.NotNull(problem);
        Assert.Contains("cannot be written", problem);
    }
}
