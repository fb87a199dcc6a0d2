namespace ForkBench.Results.IO;

/// <summary>
/// Checks, before anything is measured, that a folder the run will write to
/// can be written: it is created if missing and a probe file is created and
/// removed in it. Permission bits alone do not answer this (root ignores
/// them; a read-only mount or an immutable folder refuses even root), so
/// the check asks the file system itself.
/// </summary>
public static class WritableDirectory
{
    /// <summary>Null when <paramref name="directory"/> can be written, else why not.</summary>
    public static string? Problem(string directory)
    {
        string probe = Path.Combine(directory, $".forkbench-probe-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(directory);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"{directory} cannot be written: {e.Message.TrimEnd('.')}";
        }
    }
}
