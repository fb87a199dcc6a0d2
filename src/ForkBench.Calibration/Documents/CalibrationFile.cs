using System.Text.Json;
using System.Text.Json.Serialization;
using ForkBench.Results;
using ForkBench.Results.Hosts;
using ForkBench.Results.IO;

namespace ForkBench.Calibration.Documents;

/// <summary>
/// The cached calibration of a host: results/calibration/&lt;host-id&gt;.json,
/// UTF-8 JSON in the result documents' style (camelCase, invariant numbers,
/// UTC times), written atomically so a reader never sees half of it. Every
/// failure is a <see cref="ResultsDataException"/> naming the file.
/// </summary>
public static class CalibrationFile
{
    public const string DirectoryName = "calibration";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>results/calibration/&lt;host-id&gt;.json.</summary>
    /// <exception cref="ResultsDataException">The host id could name a path outside the folder.</exception>
    public static string PathFor(string resultsDirectory, string hostId)
    {
        if (!HostIdDeriver.IsValid(hostId))
            throw new ResultsDataException($"host id '{hostId}' is not a valid host id (lowercase letters, digits, '.' and '-')");
        return Path.Combine(resultsDirectory, DirectoryName, hostId + ".json");
    }

    public static byte[] Serialize(CalibrationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. JsonSerializer.SerializeToUtf8Bytes(document, Options), (byte)'\n'];
    }

    /// <exception cref="ResultsDataException">Not JSON, not a calibration, or an unknown schema version.</exception>
    public static CalibrationDocument Deserialize(ReadOnlySpan<byte> utf8Json, string source)
    {
        // The version first, so a newer tool's file is reported as such, not as a shape error.
        int version = ReadSchemaVersion(utf8Json, source);
        if (version != CalibrationDocument.CurrentSchemaVersion)
            throw new ResultsDataException($"{source}: unknown calibration schema version {version} (this tool reads version {CalibrationDocument.CurrentSchemaVersion})");
        CalibrationDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CalibrationDocument>(utf8Json, Options);
        }
        catch (JsonException e)
        {
            throw new ResultsDataException($"{source}: not a calibration file: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        return document ?? throw new ResultsDataException($"{source}: the calibration is null");
    }

    private static int ReadSchemaVersion(ReadOnlySpan<byte> utf8Json, string source)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            using JsonDocument json = JsonDocument.ParseValue(ref reader);
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("schemaVersion", out JsonElement element) || !element.TryGetInt32(out int version))
                throw new ResultsDataException($"{source}: not a calibration file (no integer 'schemaVersion')");
            return version;
        }
        catch (JsonException e)
        {
            throw new ResultsDataException($"{source}: corrupted JSON: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <summary>
    /// The calibration at <paramref name="path"/>, or null when there is no
    /// such file or it was made by an older tool (an older schema prices
    /// other columns: the cache is stale, and the caller makes or asks for a
    /// new one as if there were none).
    /// </summary>
    public static CalibrationDocument? TryRead(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsDataException($"{path}: cannot be read: {e.Message}", e);
        }
        return ReadSchemaVersion(bytes, path) < CalibrationDocument.CurrentSchemaVersion ? null : Deserialize(bytes, path);
    }

    /// <summary>Writes atomically, replacing an older calibration of the host.</summary>
    public static void Write(string path, CalibrationDocument document)
    {
        byte[] bytes = Serialize(document);
        try
        {
            AtomicFileWriter.Write(path, bytes, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsDataException($"{path}: cannot be written: {e.Message}", e);
        }
    }
}
