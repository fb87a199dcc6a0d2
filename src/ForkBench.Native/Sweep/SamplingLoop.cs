using System.Diagnostics;
using ForkBench.Native.Forking;
using ForkBench.Native.Memory;
using ForkBench.Native.Statistics;
using ForkBench.Results.Statistics;

namespace ForkBench.Native.Sweep;

/// <summary>Takes samples of one point until its stop rule says enough (or Ctrl-C).</summary>
internal static class SamplingLoop
{
    /// <summary>More discarded samples than this at one point means something is wrong: stop the point.</summary>
    private const int MaxDiscarded = 3;

    private const double ReportEverySeconds = 2;

    /// <summary>
    /// With a <paramref name="reference"/>, each fork is paired with a walk
    /// over the buffer and a fork without it, timed right after it (the
    /// fork-per-walk figure). With <paramref name="rounds"/>, takes that many
    /// rounds on this buffer before asking the stop rule (the point's next
    /// rounds go to a fresh buffer: see <see cref="NativeSweepOptions.MinBuffers"/>);
    /// <see cref="SampleSet.StopReason"/> stays null when the rule wants more.
    /// The rule's budget counts from <paramref name="pointStart"/>, the
    /// point's first round.
    /// </summary>
    public static void Run(ForkSampler sampler, AdaptiveStopRule rule, SampleSet set, string id, PointReporter report,
        CancellationToken cancel, RoundReference? reference = null, int? rounds = null, long? pointStart = null)
    {
        long start = pointStart ?? Stopwatch.GetTimestamp();
        long lastReport = Stopwatch.GetTimestamp();
        int taken = 0;
        while (true)
        {
            if (cancel.IsCancellationRequested)
            {
                set.Incomplete = true;
                set.StopReason = "cancelled";
                return;
            }
            ForkSample sample = sampler.Measure();
            if (sample.DiscardReason is { } reason)
            {
                set.Discarded++;
                set.Notes.Add($"discarded a sample: {reason}");
                if (set.Discarded > MaxDiscarded)
                {
                    set.Incomplete = true;
                    set.StopReason = "too-many-discarded";
                    return;
                }
                continue;
            }
            set.Forks.Add(sample.ForkNs);
            set.ForkCpus.Add(sample.ForkCpuNs);
            set.ExitReaps.Add(sample.ExitReapNs ?? double.NaN);
            if (reference is not null)
            {
                var (walkNs, floorNs) = reference.Measure(sampler);
                set.Walks.Add(walkNs);
                set.RoundFloors.Add(floorNs);
                if (RoundReference.PerWalk(sample.ForkNs, floorNs, walkNs) is var perWalk && double.IsFinite(perWalk))
                    set.PerWalks.Add(perWalk);
            }
            taken++;
            if (rounds is null || taken >= rounds)
            {
                set.StopReason = rule.StopReason(set.Forks, Stopwatch.GetElapsedTime(start), reference is null ? null : set.PerWalks);
                if (set.StopReason is not null || rounds is not null)
                    return;
            }
            if (Stopwatch.GetElapsedTime(lastReport).TotalSeconds >= ReportEverySeconds)
            {
                lastReport = Stopwatch.GetTimestamp();
                report(id, "measuring", set.Forks.Count, SampleSummarizer.SummarizeOrNull(set.Forks)?.Median.Estimate, null);
            }
        }
    }

    /// <summary>COW-write samples: fork with a live child, time the parent's writes, kill the child.</summary>
    public static void RunCow(ForkSampler sampler, TestBuffer buffer, int count, SampleSet set, CancellationToken cancel)
    {
        for (int i = 0; i < count && !cancel.IsCancellationRequested; i++)
        {
            ForkSample sample = sampler.MeasureCowWrites(buffer, (byte)(0x40 + i));
            set.CowWrites.Add(sample.CowWriteNs ?? double.NaN);
        }
    }
}
