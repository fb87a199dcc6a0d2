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
    /// Writes to a temporary file beside <paramref name="path"/> and renames
    /// it over the target, so a reader never sees half a file.
    /// </summary>
    public static void WriteAtomic(NativeSweepResult result, string path)
    {
        string full = Path.GetFullPath(path);
        string temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temp, Serialize(result) + "\n");
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
