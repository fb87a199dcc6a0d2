using ForkBench.Native;
using ForkBench.Native.Host;
using ForkBench.Native.IoUring;
using ForkBench.Native.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Whether a native point can run on this machine now, and why not: no fork
/// stub (not Linux on x86-64), no io_uring for a pinned point, no root for an
/// mTHP point (the sweep writes its sysfs knob), or not enough memory.
/// The probes run once.
/// </summary>
public sealed class NativeAvailability
{
    private readonly Lazy<string?> _ioUring = new(() => OperatingSystem.IsLinux() ? IoUringOpener.Probe() : "needs Linux");
    private readonly Lazy<MemInfo?> _memory = new(() => OperatingSystem.IsLinux() ? MemInfoParser.TryParse(File.ReadAllText("/proc/meminfo")) : null);

    public string? Problem(NativeScenario scenario, long size)
    {
        if (NativeSweep.UnsupportedReason is { } unsupported)
            return unsupported;
        if (scenario.UsesIoUring && _ioUring.Value is { } noIoUring)
            return noIoUring;
        if (scenario.Process.Folio.IsMthp && !Environment.IsPrivilegedProcess)
            return "mTHP points set a sysfs knob: needs root";
        if (_memory.Value is { } memory)
            return MemoryGuard.Check(scenario.IdFor(size), scenario.EstimatedPeakBytes(size, cowWrites: false),
                memory.AvailableBytes, MemoryGuard.DefaultMarginBytes(memory.TotalBytes));
        return null;
    }
}
