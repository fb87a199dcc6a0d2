using System.Text.Json;

namespace ForkBench.Native;

/// <summary>
/// A plain JSON dump of a <see cref="NativeSweepResult"/> (camelCase, enums
/// as strings, every raw sample). Not the versioned result document: that is
/// made from these types elsewhere.
/// </summary>
public static class NativeResultJson
{
    public static string Serialize(NativeSweepResult result) =>
        JsonSerializer.Serialize(result, NativeJsonContext.Default.NativeSweepResult);

    public static NativeSweepResult Deserialize(string json) =>
        JsonSerializer.Deserialize(json, NativeJsonContext.Default.NativeSweepResult)
        ?? throw new JsonException("empty document");

    /// <summary>
    /// Writes to a temporary file beside <paramref name="path"/>, flushes it
    /// to disk and renames it onto the target, so a reader never sees half a
    /// file. Without <paramref name="overwrite"/> an existing target is never
    /// replaced: of two runs writing the same path, the second fails here
    /// instead of silently replacing the first.
    /// </summary>
    public static void WriteAtomic(NativeSweepResult result, string path, bool overwrite = false)
    {
        string full = Path.GetFullPath(path);
        string temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(System.Text.Encoding.UTF8.GetBytes(Serialize(result) + "\n"));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
