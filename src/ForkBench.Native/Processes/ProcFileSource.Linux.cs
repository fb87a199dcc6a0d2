namespace ForkBench.Native.Processes;

/// <summary>The real /proc and /sys.</summary>
public sealed class ProcFileSource : IProcFileSource
{
    public static ProcFileSource Instance { get; } = new();

    public string ReadAllText(string path) => File.ReadAllText(path);

    public IReadOnlyList<string> ListDirectory(string path) =>
        [.. Directory.EnumerateFileSystemEntries(path).Select(p => Path.GetFileName(p))];

    public string? ReadLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // The descriptor was closed between listing and reading it.
            return null;
        }
    }
}
