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
/// <param name="RunLengths">
/// In a replicated document (a baseline recorded from several runs), how
/// many of <paramref name="Samples"/> each run gave, in the order of
/// <see cref="RunInfo.Replicates"/> (0 where that run lacks the id); the
/// samples are those runs' samples one run after another. Null in a
/// document of one run.
/// </param>
public sealed record Measurement(
    string Id,
    IReadOnlyDictionary<string, string> Parameters,
    SampleUnit Unit,
    [property: JsonConverter(typeof(CompactSamplesJsonConverter)), JsonPropertyOrder(1)] IReadOnlyList<double> Samples,
    SampleSummary? Summary = null,
    IReadOnlyDictionary<string, long>? Counts = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Incomplete = false,
    string? SkippedReason = null,
    IReadOnlyList<int>? RunLengths = null)
{
    [JsonIgnore]
    public bool IsSkipped => SkippedReason is not null;

    /// <summary>The samples of each run that gave any, in run order; one group for a document of one run.</summary>
    public IReadOnlyList<IReadOnlyList<double>> RunGroups()
    {
        if (RunLengths is null)
            return Samples.Count == 0 ? [] : [Samples];
        var groups = new List<IReadOnlyList<double>>();
        int start = 0;
        foreach (int length in RunLengths)
        {
            if (length > 0)
                groups.Add([.. Samples.Skip(start).Take(length)]);
            start += length;
        }
        return groups;
    }
}
