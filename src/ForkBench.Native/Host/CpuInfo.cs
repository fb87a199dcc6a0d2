namespace ForkBench.Native.Host;

/// <summary>What /proc/cpuinfo says about the processors.</summary>
/// <param name="ModelName">The first "model name" line (x86); null where the architecture has none.</param>
/// <param name="LogicalProcessors">The number of "processor" entries.</param>
/// <param name="HypervisorFlag">Whether the CPU flags include "hypervisor" (running under a hypervisor).</param>
public sealed record CpuInfo(string? ModelName, int LogicalProcessors, bool HypervisorFlag);
