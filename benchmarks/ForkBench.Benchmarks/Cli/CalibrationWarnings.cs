using ForkBench.Calibration.Documents;
using ForkBench.Results.Hosts;

namespace ForkBench.Benchmarks.Cli;

/// <summary>What a command that prices with the cached calibration warns about.</summary>
public static class CalibrationWarnings
{
    /// <summary>A calibration of another kernel series still prices, with a warning and the commands that recalibrate.</summary>
    public static void WarnIfKernelChanged(CalibrationDocument calibration, HostInfo host, string resultsDirectory, TextWriter error)
    {
        if (HostIdDeriver.KernelMajorMinor(calibration.KernelRelease) == HostIdDeriver.KernelMajorMinor(host.KernelRelease))
            return;
        error.WriteLine($"warning (kernel-changed): the calibration was made on kernel {calibration.KernelRelease}, this is {host.KernelRelease}. " +
            $"Hint: recalibrate on a native run of this kernel: {PrintedCommand.Forkbench(["run", .. ResultsArguments.ResultsOptionFor(resultsDirectory)])}, " +
            $"then {PrintedCommand.Forkbench(["calibrate", .. ResultsArguments.ResultsOptionFor(resultsDirectory)])}");
    }
}
