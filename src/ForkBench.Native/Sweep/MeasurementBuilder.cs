using ForkBench.Native.Memory;
using ForkBench.Results.Documents;
using ForkBench.Results.Statistics;

namespace ForkBench.Native.Sweep;

/// <summary>Turns a point's samples into its immutable <see cref="NativeMeasurement"/>.</summary>
internal static class MeasurementBuilder
{
    /// <param name="forkWorksOnBuffer">False where fork does no work on the buffer: the point then has no marginal figure.</param>
    public static NativeMeasurement Build(string id, IReadOnlyDictionary<string, string> parameters, SampleSet set,
        NativeMeasurement? floor, TestBuffer? coverage, bool forkWorksOnBuffer = true)
    {
        double? floorMedianNs = floor?.Summary?.Median.Estimate;
        double? floorCpuMedianNs = floor?.CpuSummary?.Median.Estimate;
        SampleSummary? summary = SampleSummarizer.SummarizeOrNull(set.Forks);
        SampleSummary? cpu = SampleSummarizer.SummarizeOrNull(set.ForkCpus);
        return new NativeMeasurement
        {
            Id = id,
            Parameters = new Dictionary<string, string>(parameters),
            Samples = set.Forks.ToArray(),
            Summary = summary,
            CpuSamples = set.ForkCpus.ToArray(),
            CpuSummary = cpu,
            FirstForkNs = set.FirstForkNs,
            ExitReapSamples = set.ExitReaps.ToArray(),
            ExitReapSummary = SampleSummarizer.SummarizeOrNull(set.ExitReaps),
            ForkWorksOnBuffer = forkWorksOnBuffer,
            WalkSamples = set.Walks.ToArray(),
            RoundFloorSamples = set.RoundFloors.ToArray(),
            CowWriteSamples = set.CowWrites.ToArray(),
            CowWriteSummary = SampleSummarizer.SummarizeOrNull(set.CowWrites),
            FloorMedianNs = floorMedianNs,
            MarginalMedianNs = SampleSummarizer.SummarizeOrNull(MarginalCost.PerFork(set.Forks, set.RoundFloors, floorMedianNs))?.Median.Estimate,
            FloorCpuMedianNs = floorCpuMedianNs,
            MarginalCpuMedianNs = cpu is not null && floorCpuMedianNs is { } floorCpu ? cpu.Median.Estimate - floorCpu : null,
            MarginalFirstForkNs = set.FirstForkNs is { } first && floorMedianNs is { } f ? first - f : null,
            HugePageCoverage = coverage?.HugePageCoverage,
            HugePageCoverageSource = coverage?.CoverageSource,
            StopReason = set.StopReason,
            DiscardedSamples = set.Discarded,
            Notes = [.. set.Notes, .. CoverageNote(coverage)],
            Incomplete = set.Incomplete,
        };
    }

    /// <summary>Below this, a THP/mTHP point mostly measures 4 KiB pages: say so.</summary>
    private const double LowCoverage = 0.9;

    private static IEnumerable<string> CoverageNote(TestBuffer? buffer) =>
        buffer?.HugePageCoverage is { } c && c < LowCoverage
            ? [$"only {c * 100:0}% of the buffer is in folios of the intended size ({buffer.CoverageSource})"]
            : [];

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
