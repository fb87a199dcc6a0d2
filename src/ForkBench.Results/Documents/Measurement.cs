using System.Text.Json.Serialization;
using ForkBench.Results.Serialization;

namespace ForkBench.Results.Documents;

/// <summary>
/// One scenario's result: every raw sample in recording order, their
/// summary, and the model's exact operation counts where it gives them.
/// </summary>
/// <param name="Id">Stable id, e.g. "model/fork/copy-pte-range/pages=64". Never changes meaning.</param>
/// <param name="Parameters">The scenario's parameters, name to value.</param>
/// <param name="Unit">The unit of every sample.</param>
/// <param name="Samples">Every raw sample, in the order taken. Empty only when skipped.</param>
/// <param name="Summary">Summary of <paramref name="Samples"/>; null only when skipped.</param>
/// <param name="Counts">Exact operation counts (e.g. PTEs copied), or null.</param>
/// <param name="Incomplete">True when fewer samples were taken than asked for.</param>
/// <param name="SkippedReason">Why the scenario did not run (feature missing, no permission), or null.</param>
public sealed record Measurement(
    string Id,
    IReadOnlyDictionary<string, string> Parameters,
    SampleUnit Unit,
    [property: JsonConverter(typeof(CompactSamplesJsonConverter)), JsonPropertyOrder(1)] IReadOnlyList<double> Samples,
    SampleSummary? Summary = null,
    IReadOnlyDictionary<string, long>? Counts = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Incomplete = false,
    string? SkippedReason = null)
{
    [JsonIgnore]
    public bool IsSkipped => SkippedReason is not null;
}
