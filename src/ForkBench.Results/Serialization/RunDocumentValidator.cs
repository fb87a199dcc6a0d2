using System.Diagnostics.CodeAnalysis;
using ForkBench.Results.Documents;
using ForkBench.Results.Hosts;
using ForkBench.Results.IO;

namespace ForkBench.Results.Serialization;

/// <summary>
/// Checks what the JSON shape cannot: a known schema version, well-formed
/// unique ids, samples present unless skipped, finite numbers. Applied on
/// read and on write, so the tool never writes what it would refuse to read.
/// </summary>
public static class RunDocumentValidator
{
    /// <exception cref="ResultsDataException">The first problem found, naming <paramref name="source"/>.</exception>
    public static void Validate(RunDocument document, string source)
    {
        if (!SchemaVersion.IsSupported(document.SchemaVersion))
            Fail(source, $"unknown schema version {document.SchemaVersion} (this tool reads version {SchemaVersion.Current})");
        if (document.Run is null || document.Host is null || document.Measurements is null)
            Fail(source, "missing 'run', 'host' or 'measurements'");
        if (string.IsNullOrWhiteSpace(document.Run.Id))
            Fail(source, "run.id is empty");
        // The run id names the run's file and its report folder.
        if (!PathSegment.IsValid(document.Run.Id))
            Fail(source, $"run.id '{document.Run.Id}' is not a valid run id ({PathSegment.RuleText})");
        if (document.Run.TimeUtc.Kind != DateTimeKind.Utc)
            Fail(source, "run.timeUtc is not UTC (it must end in 'Z')");
        if (!HostIdDeriver.IsValid(document.Host.Id))
            Fail(source, $"host.id '{document.Host.Id}' is not a valid host id (lowercase letters, digits, '.' and '-')");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Measurement measurement in document.Measurements)
        {
            if (measurement is null)
                Fail(source, "a measurement is null");
            ValidateMeasurement(measurement, source);
            ValidateRunLengths(measurement, document.Run.Replicates, source);
            if (!seen.Add(measurement.Id))
                Fail(source, $"measurement '{measurement.Id}' appears twice");
        }
    }

    private static void ValidateMeasurement(Measurement m, string source)
    {
        if (!MeasurementId.IsValid(m.Id))
            Fail(source, $"measurement id '{m.Id}' is not a valid id ('/'-separated segments of letters, digits and {"._=+,:@%-"})");
        if (m.Parameters is null || m.Samples is null)
            Fail(source, $"measurement '{m.Id}' lacks 'parameters' or 'samples'");
        if (m.Unit.Symbol is null)
            Fail(source, $"measurement '{m.Id}' has no unit");
        if (m.Parameters.Any(p => p.Value is null))
            Fail(source, $"measurement '{m.Id}' has a null parameter value");
        if (m.IsSkipped)
        {
            if (m.Samples.Count > 0)
                Fail(source, $"measurement '{m.Id}' is skipped but has samples");
            return;
        }
        if (m.Samples.Count == 0)
            Fail(source, $"measurement '{m.Id}' has an empty sample (no samples and no skip reason)");
        if (m.Samples.Any(s => !double.IsFinite(s)))
            Fail(source, $"measurement '{m.Id}' has a sample that is not a finite number");
        if (m.Summary is null)
            Fail(source, $"measurement '{m.Id}' has samples but no summary");
        if (m.Summary.Count != m.Samples.Count)
            Fail(source, $"measurement '{m.Id}' summary counts {m.Summary.Count} samples but has {m.Samples.Count}");
    }

    private static void ValidateRunLengths(Measurement m, IReadOnlyList<string>? replicates, string source)
    {
        if (m.RunLengths is null)
            return;
        if (replicates is null)
            Fail(source, $"measurement '{m.Id}' has runLengths but run.replicates is absent");
        if (m.RunLengths.Count != replicates.Count)
            Fail(source, $"measurement '{m.Id}' has {m.RunLengths.Count} runLengths for {replicates.Count} replicate runs");
        if (m.RunLengths.Any(length => length < 0) || m.RunLengths.Sum() != m.Samples.Count)
            Fail(source, $"measurement '{m.Id}' runLengths do not add up to its {m.Samples.Count} samples");
    }

    [DoesNotReturn]
    private static void Fail(string source, string problem) =>
        throw new ResultsDataException($"{source}: {problem}");
}
