using System.Text.Json;
using System.Text.Json.Serialization;
using ForkBench.Results.Documents;

namespace ForkBench.Results.Serialization;

/// <summary>Writes a unit as its symbol ("ns"); an unknown symbol is a data error.</summary>
public sealed class SampleUnitJsonConverter : JsonConverter<SampleUnit>
{
    public override SampleUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? symbol = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (!SampleUnit.TryParse(symbol, out SampleUnit unit))
        {
            string known = string.Join(", ", SampleUnit.All.Select(u => u.Symbol));
            throw new JsonException($"unknown unit '{symbol}' (known: {known})");
        }
        return unit;
    }

    public override void Write(Utf8JsonWriter writer, SampleUnit value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Symbol);
}
