using ForkBench.Native;
using ForkBench.Native.Host;
using ForkBench.Native.IoUring;
using ForkBench.Results.Documents;

namespace ForkBench.Benchmarks.Pipeline;

/// <summary>
/// The native part of the default run: the quick sweep (64 MiB .. 1 GiB),
/// refused before anything is allocated when it would not fit in memory,
/// stopped cleanly by Ctrl-C (children reaped, buffers released, what was
/// measured kept and marked incomplete). Not Linux: a reason, no samples.
/// </summary>
public static class NativeQuickRunner
{
    /// <summary>
    /// The measurements, or the reason the native suite did not run, why it
    /// stopped early (null: it did not), and free page reporting while it ran
    /// (null: it did not run).
    /// </summary>
    public static (IReadOnlyList<Measurement> Measurements, string? NotRun, string? IncompleteReason, string? FreePageReporting) Run(RunProgress progress, CancellationToken cancel)
    {
        if (!OperatingSystem.IsLinux())
            return ([], "native mode needs Linux", null, null);
        NativeSweepOptions options = NativeSweepOptions.Quick;
        if (NativeSweep.Preflight(options, MemInfoParser.Parse(File.ReadAllText("/proc/meminfo"))) is { } refusal)
            return ([], refusal, null, null);
        if (options.Scenarios.Any(s => s.UsesIoUring) && IoUringOpener.Probe() is { } noIoUring)
            progress.Note($"native: pinned scenarios will be skipped: {noIoUring}");
        progress.Phase("native sweep", NativeSweep.PlannedIds(options).Count);
        var sweep = new NativeSweep(options, progress: p =>
        {
            if (p.Stage == "skipped" && p.Message is { } why)
                progress.Note($"native: {p.Id} skipped: {why}");
            progress.Step(p.Stage is "done" or "skipped" ? p.PointIndex : p.PointIndex - 1,
                $"{p.Id} {p.Stage}{(p.Samples > 0 ? $", {p.Samples} samples" : "")}", p.Eta);
        });
        NativeSweepResult result = sweep.Run(cancel);
        foreach (string warning in result.Warnings)
            progress.Note("native: warning: " + warning);
        string? incomplete = result.Incomplete ? $"the native sweep stopped early ({result.IncompleteReason})" : null;
        return ([.. NativeMeasurementMapper.Map(result)], null, incomplete, result.FreePageReporting);
    }
}
