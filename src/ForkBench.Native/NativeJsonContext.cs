using System.Text.Json.Serialization;

namespace ForkBench.Native;

/// <summary>Source-generated System.Text.Json metadata for the plain dump of a sweep.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    UseStringEnumConverter = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(NativeSweepResult))]
internal sealed partial class NativeJsonContext : JsonSerializerContext;
