using System.Text.Json.Serialization;
using ForkBench.Results.Hosts;

namespace ForkBench.Results.Documents;

/// <summary>The result document: one per run, versioned, see results/README.md.</summary>
public sealed record RunDocument(
    int SchemaVersion,
    RunInfo Run,
    HostInfo Host,
    IReadOnlyList<Measurement> Measurements)
{
    /// <summary>True when the run stopped early or any measurement is marked incomplete.</summary>
    [JsonIgnore]
    public bool IsPartial => Run.IncompleteReason is not null || Measurements.Any(m => m.Incomplete);

    public Measurement? Find(string id) =>
        Measurements.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}
