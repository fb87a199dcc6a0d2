using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForkBench.Results.Serialization;

/// <summary>
/// Writes a sample array on one line even in an indented document: a run
/// holds thousands of samples, and one number per line would bury the rest
/// of the file (and every baseline diff) under them. Numbers are written by
/// Utf8JsonWriter itself, so they are invariant and round-trip exactly.
/// </summary>
public sealed class CompactSamplesJsonConverter : JsonConverter<IReadOnlyList<double>>
{
    public override IReadOnlyList<double> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("samples must be an array of numbers");
        var values = new List<double>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number)
                throw new JsonException("samples must be an array of numbers");
            values.Add(reader.GetDouble());
        }
        return values;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<double> value, JsonSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var compact = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            compact.WriteStartArray();
            foreach (double sample in value)
                compact.WriteNumberValue(sample);
            compact.WriteEndArray();
        }
        writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
    }
}
