using ForkBench.Results.Documents;
using ForkBench.Results.IO;

namespace ForkBench.Results.Serialization;

/// <summary>Reads and writes result documents as files; every failure is a <see cref="ResultsDataException"/>.</summary>
public static class RunDocumentFile
{
    public static RunDocument Read(string path)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
                throw new ResultsDataException($"{path}: is a directory, not a result file");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ResultsDataException($"{path}: file not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsDataException($"{path}: cannot be read: {e.Message}", e);
        }
        return RunDocumentSerializer.Deserialize(bytes, path);
    }

    /// <summary>Writes a new file atomically; fails if <paramref name="path"/> exists.</summary>
    public static void WriteNew(string path, RunDocument document) =>
        Write(path, document, overwrite: false);

    /// <summary>
    /// Writes the file; if that fails (a folder gone read-only or full
    /// while measuring), writes it to the temporary folder instead, so that
    /// measured data is never lost. Throws only when both fail.
    /// </summary>
    /// <param name="overwrite">Replace an existing file at <paramref name="path"/> (an explicit request only).</param>
    public static SavedRun WriteWithFallback(string path, RunDocument document, bool overwrite = false)
    {
        try
        {
            Write(path, document, overwrite);
            return new SavedRun(path, null);
        }
        catch (ResultsDataException primary)
        {
            // Named by the run id, which is unique: a second fallback never meets the first.
            string fallback = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "forkbench", document.Run.Id + ".json");
            WriteNew(fallback, document);
            return new SavedRun(fallback, primary.Message);
        }
    }

    /// <summary>Writes atomically, replacing any existing file. Only explicit requests (baseline update) use this.</summary>
    public static void Replace(string path, RunDocument document) =>
        Write(path, document, overwrite: true);

    private static void Write(string path, RunDocument document, bool overwrite)
    {
        byte[] bytes = RunDocumentSerializer.Serialize(document);
        try
        {
            AtomicFileWriter.Write(path, bytes, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsDataException($"{path}: cannot be written: {e.Message}", e);
        }
    }
}
