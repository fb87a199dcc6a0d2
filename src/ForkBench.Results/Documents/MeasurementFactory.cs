using ForkBench.Results.Statistics;

namespace ForkBench.Results.Documents;

/// <summary>Builds measurements with their summary computed from the samples.</summary>
public static class MeasurementFactory
{
    public static Measurement Create(
        string id,
        IReadOnlyDictionary<string, string> parameters,
        SampleUnit unit,
        IReadOnlyList<double> samples,
        IReadOnlyDictionary<string, long>? counts = null,
        bool incomplete = false)
    {
        if (!MeasurementId.IsValid(id))
            throw new ArgumentException($"'{id}' is not a valid measurement id", nameof(id));
        if (samples.Count == 0)
            throw new ArgumentException($"measurement '{id}' has no samples; use {nameof(Skipped)} with a reason instead", nameof(samples));
        return new Measurement(id, parameters, unit, [.. samples], SampleSummarizer.Summarize(samples), counts, incomplete);
    }

    /// <summary>A scenario that did not run, with the reason (e.g. "io_uring not available: ENOSYS").</summary>
    public static Measurement Skipped(string id, IReadOnlyDictionary<string, string> parameters, SampleUnit unit, string reason)
    {
        if (!MeasurementId.IsValid(id))
            throw new ArgumentException($"'{id}' is not a valid measurement id", nameof(id));
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("a skipped measurement needs a reason", nameof(reason));
        return new Measurement(id, parameters, unit, [], null, SkippedReason: reason);
    }
}
