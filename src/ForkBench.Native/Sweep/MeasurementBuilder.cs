using ForkBench.Native.Memory;
using ForkBench.Native.Statistics;

namespace ForkBench.Native.Sweep;

/// <summary>Turns a point's samples into its immutable <see cref="NativeMeasurement"/>.</summary>
internal static class MeasurementBuilder
{
    public static NativeMeasurement Build(string id, IReadOnlyDictionary<string, string> parameters, SampleSet set,
        double? floorMedianNs, TestBuffer? coverage)
    {
        SampleSummary? summary = SampleStatistics.Summarize(set.Forks);
        return new NativeMeasurement
        {
            Id = id,
            Parameters = new Dictionary<string, string>(parameters),
            Samples = set.Forks.ToArray(),
            Summary = summary,
            FirstForkNs = set.FirstForkNs,
            ExitReapSamples = set.ExitReaps.ToArray(),
            ExitReapSummary = SampleStatistics.Summarize(set.ExitReaps),
            CowWriteSamples = set.CowWrites.ToArray(),
            CowWriteSummary = SampleStatistics.Summarize(set.CowWrites),
            FloorMedianNs = floorMedianNs,
            MarginalMedianNs = summary is not null && floorMedianNs is { } floor ? summary.Median - floor : null,
            MarginalFirstForkNs = set.FirstForkNs is { } first && floorMedianNs is { } f ? first - f : null,
            HugePageCoverage = coverage?.HugePageCoverage,
            HugePageCoverageSource = coverage?.CoverageSource,
            StopReason = set.StopReason,
            DiscardedSamples = set.Discarded,
            Notes = set.Notes.ToArray(),
            Incomplete = set.Incomplete,
        };
    }

    public static NativeMeasurement Skipped(string id, IReadOnlyDictionary<string, string> parameters, string reason, TestBuffer? coverage = null) =>
        new()
        {
            Id = id,
            Parameters = new Dictionary<string, string>(parameters),
            SkipReason = reason,
            HugePageCoverage = coverage?.HugePageCoverage,
            HugePageCoverageSource = coverage?.CoverageSource,
        };
}
