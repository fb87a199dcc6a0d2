namespace ForkBench.Results.IO;

/// <summary>
/// Writes a file so that readers see either the old content or the whole
/// new content, never a half-written file: the bytes go to a temporary file
/// in the same directory (same file system, so the rename is atomic), are
/// flushed to disk, and the temporary file is renamed over the target.
/// </summary>
public static class AtomicFileWriter
{
    /// <param name="overwrite">
    /// False: fail if the target exists (the rename itself refuses, so two
    /// writers cannot both succeed). True: replace it atomically.
    /// </param>
    public static void Write(string path, ReadOnlySpan<byte> content, bool overwrite)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath)
            ?? throw new ArgumentException($"'{path}' has no directory", nameof(path));
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, fullPath, overwrite);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
