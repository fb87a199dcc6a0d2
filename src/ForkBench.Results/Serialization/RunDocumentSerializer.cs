using System.Text.Json;
using System.Text.Json.Serialization;
using ForkBench.Results.Documents;

namespace ForkBench.Results.Serialization;

/// <summary>
/// The result document to and from UTF-8 JSON. Pure (bytes in, bytes out);
/// independent of the current culture because System.Text.Json formats and
/// parses numbers and dates invariantly.
/// </summary>
public static class RunDocumentSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        NumberHandling = JsonNumberHandling.Strict,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    public static byte[] Serialize(RunDocument document)
    {
        RunDocumentValidator.Validate(document, $"run {document.Run?.Id}");
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(document, Options);
        return [.. json, (byte)'\n'];
    }

    /// <param name="source">Names the data in error messages (usually the file path).</param>
    /// <exception cref="ResultsDataException">Not JSON, an unknown schema version, or invalid content.</exception>
    public static RunDocument Deserialize(ReadOnlySpan<byte> utf8Json, string source)
    {
        // The version is read first so that a document from a newer tool is
        // reported as such rather than as whatever shape error it causes.
        int version = ReadSchemaVersion(utf8Json, source);
        if (!SchemaVersion.IsSupported(version))
            throw new ResultsDataException($"{source}: unknown schema version {version} (this tool reads version {SchemaVersion.Current})");
        RunDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<RunDocument>(utf8Json, Options);
        }
        catch (JsonException e)
        {
            throw new ResultsDataException($"{source}: not a valid result document: {OneLine(e.Message)}", e);
        }
        if (document is null)
            throw new ResultsDataException($"{source}: the document is null");
        if (document.Measurements is not null && document.Measurements.Any(m => m is not null && m.Id is not null && LegacyIds.NeedsUpgrade(m)))
            document = document with { Measurements = [.. document.Measurements.Select(m => m is null ? m! : LegacyIds.Upgrade(m))] };
        RunDocumentValidator.Validate(document, source);
        return document;
    }

    private static int ReadSchemaVersion(ReadOnlySpan<byte> utf8Json, string source)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            using JsonDocument json = JsonDocument.ParseValue(ref reader);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                throw new ResultsDataException($"{source}: not a result document (the JSON is not an object)");
            if (!json.RootElement.TryGetProperty("schemaVersion", out JsonElement element) || !element.TryGetInt32(out int version))
                throw new ResultsDataException($"{source}: not a result document (no integer 'schemaVersion')");
            return version;
        }
        catch (JsonException e)
        {
            throw new ResultsDataException($"{source}: corrupted JSON: {OneLine(e.Message)}", e);
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
