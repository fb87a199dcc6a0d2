namespace ForkBench.Results.IO;

/// <summary>Reads the real file system; unreadable files read as absent.</summary>
public sealed class SystemTextFileSource : ITextFileSource
{
    public static readonly SystemTextFileSource Instance = new();

    public string? TryReadText(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // /sys files can refuse reads (permissions, a feature compiled out):
            // the caller records "unavailable" instead of failing the run.
            return null;
        }
    }
}
