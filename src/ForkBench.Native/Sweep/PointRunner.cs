using System.Diagnostics;
using System.Globalization;
using ForkBench.Native.Forking;
using ForkBench.Native.Host;
using ForkBench.Native.IoUring;
using ForkBench.Native.Memory;
using ForkBench.Native.Scenarios;
using ForkBench.Native.Statistics;

namespace ForkBench.Native.Sweep;

/// <summary>
/// Runs one point: checks it can run, builds and pins its buffer, samples,
/// and always cleans up (unpin, unmap) before returning or throwing. A point
/// whose fork only copies page tables is sampled on several fresh buffers
/// in turn (<see cref="NativeSweepOptions.MinBuffers"/>).
/// </summary>
internal sealed class PointRunner(NativeSweepOptions options, ForkStub stub, IoUringSession ioUring, ThpSysfs sysfs, PointReporter report)
{
    public NativeMeasurement RunFloor(SpawnKind spawn, CancellationToken cancel)
    {
        string id = $"native/{(spawn == SpawnKind.Fork ? "fork" : "vfork")}/floor";
        var parameters = new Dictionary<string, string>
        {
            ["spawn"] = spawn == SpawnKind.Fork ? "fork" : "vfork",
            ["rssBytes"] = "0",
            ["mmHasPinned"] = Bool(ioUring.ProcessHasPinned),
        };
        var sampler = new ForkSampler(stub, spawn, options.ChildTimeout);
        var set = new SampleSet();
        report(id, "measuring", 0, null, null);
        sampler.Measure(); // warm-up: first call of the stub and of the reaper
        var rule = options.StopRule with { MinSamples = Math.Max(options.StopRule.MinSamples, options.FloorMinSamples) };
        SamplingLoop.Run(sampler, rule, set, id, report, cancel);
        return MeasurementBuilder.Build(id, parameters, set, floor: null, coverage: null);
    }

    public NativeMeasurement Run(NativeScenario scenario, long size, NativeMeasurement? floor, CancellationToken cancel)
    {
        string id = scenario.IdFor(size);
        var parameters = Parameters(scenario, size);
        long nominalSize = size;
        if (options.TestBufferScale != 1)
        {
            parameters["testBufferScale"] = options.TestBufferScale.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            size = options.BufferBytes(size);
        }
        report(id, "preparing", 0, null, null);
        if (CheckSkip(scenario, size) is { } skip)
            return MeasurementBuilder.Skipped(id, parameters, skip);

        var set = new SampleSet();
        TestBuffer? buffer = null;
        bool freshBuffers = scenario.ForkCopiesOnlyPtes && options.RoundsPerBuffer > 0;
        int freshMax = options.FreshBufferMaxSamples ?? options.StopRule.MaxSamples;
        AdaptiveStopRule rule = freshBuffers
            ? options.StopRule with
            {
                MinSamples = Math.Min(freshMax, Math.Max(options.StopRule.MinSamples, options.MinBuffers * options.RoundsPerBuffer)),
                MaxSamples = freshMax,
            }
            : options.StopRule;
        int buffers = 0;
        try
        {
            var sampler = new ForkSampler(stub, scenario.Spawn, options.ChildTimeout);
            long pointStart = 0;
            do
            {
                buffer?.Dispose();
                buffer = BufferFactory.Create(scenario, size, sysfs);
                buffers++;
                using IDisposable pin = scenario.UsesIoUring
                    ? ioUring.Pin(buffer, scenario.RegisteredBytes(size), keep: !scenario.Process.UnpinBeforeFork)
                    : NoPin.Instance;
                parameters["mmHasPinned"] = Bool(ioUring.ProcessHasPinned);
                // The first fork of a fresh buffer does more than the next
                // ones: its PTEs are still writable and its pages exclusive
                // to this process, and fork write-protects and shares them
                // page by page; later forks find that done. It is the
                // first-fork figure of the point's first buffer, and kept
                // out of the samples of every buffer.
                ForkSample first = sampler.Measure();
                if (buffers == 1)
                {
                    set.FirstForkNs = first.DiscardReason is null ? first.ForkNs : null;
                    pointStart = Stopwatch.GetTimestamp();
                }
                using RoundReference? reference = scenario.ForkWorksOnBuffer
                    ? new RoundReference(buffer, scenario.ForkCopiesOnlyPtes ? OpenWalk(buffer, nominalSize, set) : null)
                    : null;
                report(id, "measuring", set.Forks.Count, null, null);
                int? rounds = freshBuffers ? Math.Max(1, Math.Min(options.RoundsPerBuffer, rule.MaxSamples - set.Forks.Count)) : null;
                SamplingLoop.Run(sampler, rule, set, id, report, cancel, reference, rounds, pointStart);
            }
            while (set.StopReason is null && !set.Incomplete);
            if (freshBuffers)
                parameters["buffers"] = buffers.ToString(CultureInfo.InvariantCulture);
            if (options.MeasureCowWrites && scenario.Spawn == SpawnKind.Fork)
                SamplingLoop.RunCow(sampler, buffer, options.CowSamples, set, cancel);
        }
        catch (Exception e) when (e is ErrnoException or IoUringUnavailableException or InvalidOperationException)
        {
            string reason = Explain(e, scenario, size);
            if (set.Forks.Count == 0)
                return MeasurementBuilder.Skipped(id, parameters, reason, buffer);
            set.Incomplete = true;
            set.Notes.Add(reason);
        }
        finally
        {
            buffer?.Dispose();
        }
        return MeasurementBuilder.Build(id, parameters, set, floor, buffer, scenario.ForkWorksOnBuffer);
    }

    /// <summary>
    /// The walk paired with each fork covers the scenario's nominal size: a
    /// buffer enlarged by --test-buffer-scale gives its fork more work than
    /// the same reference, which is the change that option is for.
    /// </summary>
    private static PagemapWalk? OpenWalk(TestBuffer buffer, long nominalSize, SampleSet set)
    {
        PagemapWalk? walk = PagemapWalk.TryOpen(buffer.Address, Math.Min(nominalSize, buffer.Length), out string? reason);
        if (reason is not null)
            set.Notes.Add(reason);
        return walk;
    }

    private string? CheckSkip(NativeScenario scenario, long size)
    {
        if (scenario.UsesIoUring && ioUring.UnavailableReason is { } unavailable)
            return unavailable;
        HostDescription host = HostProbe.Capture();
        if (scenario.UsesIoUring)
        {
            var limit = new MemlockLimit(host.MemlockSoftBytes, host.MemlockHardBytes);
            if (IoUringDiagnostics.MemlockShortfall(scenario.RegisteredBytes(size), limit, host.HasCapIpcLock) is { } shortfall)
                return shortfall;
        }
        long margin = options.MemoryMarginBytes ?? MemoryGuard.DefaultMarginBytes(host.MemTotalBytes);
        return MemoryGuard.Check(scenario.IdFor(size), scenario.EstimatedPeakBytes(size, options.MeasureCowWrites), host.MemAvailableBytes, margin);
    }

    private static string Explain(Exception e, NativeScenario scenario, long size)
    {
        if (e is ErrnoException { Operation: var op } errno && op.StartsWith("io_uring_register", StringComparison.Ordinal))
        {
            HostDescription host = HostProbe.Capture();
            return IoUringDiagnostics.RegisterFailure(errno.Errno, scenario.RegisteredBytes(size),
                new MemlockLimit(host.MemlockSoftBytes, host.MemlockHardBytes), host.HasCapIpcLock);
        }
        return e.Message;
    }

    private static Dictionary<string, string> Parameters(NativeScenario scenario, long size) => new()
    {
        ["spawn"] = scenario.SpawnToken,
        ["scenario"] = scenario.At(size).Tail,
        ["memory"] = scenario.Process.MemoryToken,
        ["pin"] = scenario.Process.PinToken,
        ["rssBytes"] = size.ToString(CultureInfo.InvariantCulture),
        ["pinnedBytes"] = (scenario.Process.UnpinBeforeFork ? 0 : scenario.RegisteredBytes(size)).ToString(CultureInfo.InvariantCulture),
        ["folioBytes"] = scenario.FolioBytes.ToString(CultureInfo.InvariantCulture),
    };

    private static string Bool(bool value) => value ? "true" : "false";

    private sealed class NoPin : IDisposable
    {
        public static readonly NoPin Instance = new();

        public void Dispose()
        {
        }
    }
}
