using ForkBench.Results.Hosts;

namespace ForkBench.Results.Documents;

/// <summary>The result document: one per run, versioned, see results/README.md.</summary>
public sealed record RunDocument(
    int SchemaVersion,
    RunInfo Run,
    HostInfo Host,
    IReadOnlyList<Measurement> Measurements)
{
    public Measurement? Find(string id) =>
        Measurements.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}
