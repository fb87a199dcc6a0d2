using System.Diagnostics;
using ForkBench.Native.Forking;
using ForkBench.Native.Host;
using ForkBench.Native.IoUring;
using ForkBench.Native.Memory;
using ForkBench.Native.Scenarios;
using ForkBench.Native.Sweep;

namespace ForkBench.Native;

/// <summary>
/// Measures real fork latency on this kernel: the floor (this process with
/// no buffer), then every scenario at every size. Ctrl-C (the token) or a
/// failure stops it with children reaped, buffers unpinned and unmapped, THP
/// knobs restored, and what was measured kept and marked incomplete.
/// </summary>
public sealed class NativeSweep(
    NativeSweepOptions options,
    IIoUringOpener? ioUringOpener = null,
    ThpSysfs? sysfs = null,
    Action<NativeSweepProgress>? progress = null)
{
    private readonly IIoUringOpener _opener = ioUringOpener ?? IoUringOpener.Instance;
    private readonly ThpSysfs _sysfs = sysfs ?? new ThpSysfs();

    /// <summary>
    /// Null when every point fits in memory now, else the refusal for the
    /// largest one (MemAvailable minus the margin).
    /// </summary>
    public static string? Preflight(NativeSweepOptions options, MemInfo memory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(memory);
        long margin = options.MemoryMarginBytes ?? MemoryGuard.DefaultMarginBytes(memory.TotalBytes);
        var largest = SweepPlan.Create(options).Points
            .Where(p => p.Scenario is not null)
            .Select(p => (p.Id, Bytes: p.Scenario!.EstimatedPeakBytes(options.BufferBytes(p.SizeBytes), options.MeasureCowWrites)))
            .OrderByDescending(p => p.Bytes)
            .FirstOrDefault();
        return largest.Id is null ? null : MemoryGuard.Check(largest.Id, largest.Bytes, memory.AvailableBytes, margin);
    }

    /// <summary>Why native mode cannot fork here (not Linux on x86-64), or null.</summary>
    public static string? UnsupportedReason => ForkStub.UnsupportedReason;

    /// <summary>Whether the options' --filter globs select at least one point (a floor counts).</summary>
    public static bool SelectsAnything(NativeSweepOptions options) => SweepPlan.SelectsAnything(options);

    /// <summary>The ids of every point the options would run, in order (floors first).</summary>
    public static IReadOnlyList<string> PlannedIds(NativeSweepOptions options) =>
        SweepPlan.Create(options).Points.Select(p => p.Id).ToList();

    public NativeSweepResult Run(CancellationToken cancel = default)
    {
        DateTimeOffset started = DateTimeOffset.UtcNow;
        long startTicks = Stopwatch.GetTimestamp();
        HostDescription host = HostProbe.Capture();
        var floors = new List<NativeMeasurement>();
        var measurements = new List<NativeMeasurement>();
        string? incomplete = null;

        var plan = SweepPlan.Create(options);
        var eta = new EtaEstimator(plan, startTicks);
        int index = 0;
        void Report(string id, string stage, int samples, double? median, string? message) =>
            progress?.Invoke(new NativeSweepProgress(index, plan.Count, id, stage, samples, median,
                Stopwatch.GetElapsedTime(startTicks), eta.Remaining(index), message));

        if (ForkStub.UnsupportedReason is { } unsupported)
        {
            foreach (SweepPoint point in plan.Points)
                (point.Scenario is null ? floors : measurements).Add(SkippedPoint(point, unsupported));
            return Result(host, started, startTicks, floors, measurements, null, FreePageReportingHold.Observe());
        }

        using FreePageReportingHold reporting = options.HoldOffPageReportingAt is { } knob
            ? FreePageReportingHold.Start(knob)
            : FreePageReportingHold.Observe();
        using var session = new IoUringSession(_opener);
        var runner = new PointRunner(options, ForkStub.Shared, session, _sysfs, Report);
        try
        {
            foreach (SweepPoint point in plan.Points)
            {
                if (cancel.IsCancellationRequested)
                {
                    incomplete = "cancelled";
                    break;
                }
                index++;
                NativeMeasurement m = point.Scenario is null
                    ? runner.RunFloor(point.Spawn, cancel)
                    : runner.Run(point.Scenario, point.SizeBytes, Floor(floors, point.Spawn), cancel);
                (point.Scenario is null ? floors : measurements).Add(m);
                eta.Completed(index);
                Report(m.Id, m.SkipReason is null ? "done" : "skipped", m.Samples.Count, m.Summary?.Median.Estimate, m.SkipReason);
                if (m.Incomplete && cancel.IsCancellationRequested)
                {
                    incomplete = "cancelled";
                    break;
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            incomplete = $"failed: {e.GetType().Name}: {e.Message}";
        }
        return Result(host, started, startTicks, floors, measurements, incomplete, reporting, reporting.Release());
    }

    private NativeSweepResult Result(HostDescription host, DateTimeOffset started, long startTicks,
        List<NativeMeasurement> floors, List<NativeMeasurement> measurements, string? incomplete, FreePageReportingHold reporting, string? restoreFailure = null) =>
        new()
        {
            Host = host,
            Options = options,
            StartedAt = started,
            Duration = Stopwatch.GetElapsedTime(startTicks),
            Floors = floors,
            Measurements = measurements,
            Incomplete = incomplete is not null,
            IncompleteReason = incomplete,
            FreePageReporting = reporting.State,
            Warnings = [.. new[] { LoadCheck.Warning(host.LoadAverage, host.LogicalCpus), reporting.Warning, restoreFailure }.OfType<string>()],
        };

    private static NativeMeasurement? Floor(List<NativeMeasurement> floors, SpawnKind spawn)
    {
        string id = spawn == SpawnKind.Fork ? "native/fork/floor" : "native/vfork/floor";
        return floors.FirstOrDefault(f => f.Id == id);
    }

    private static NativeMeasurement SkippedPoint(SweepPoint point, string reason) =>
        MeasurementBuilder.Skipped(point.Id, new Dictionary<string, string>(), reason);
}
