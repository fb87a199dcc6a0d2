namespace ForkBench.Reporting.Model;

/// <summary>
/// What a reader needs to judge whether a result applies to their machine:
/// printed at the top of the text report and in every plot title.
/// </summary>
/// <param name="Kernel">Kernel release, as uname -r prints it.</param>
/// <param name="Cpu">CPU model name from /proc/cpuinfo.</param>
/// <param name="Cores">Online logical CPUs.</param>
/// <param name="MemoryBytes">Total memory in bytes (MemTotal).</param>
/// <param name="ThpSettings">Transparent huge page settings, in sysfs order.</param>
/// <param name="ToolVersion">ForkBench version that produced the numbers.</param>
public sealed record ReportHeader(
    string Kernel,
    string Cpu,
    int Cores,
    long MemoryBytes,
    IReadOnlyList<ThpSetting> ThpSettings,
    string ToolVersion)
{
    /// <summary>Source commit of the tool, when known.</summary>
    public string? Commit { get; init; }

    /// <summary>Hypervisor or "none"; fork cost differs a lot under nested paging.</summary>
    public string? Virtualization { get; init; }

    /// <summary>Which model variant stands for this kernel and why ("kernel 6.18 -> pte-batch-6.15 (...)"), when known.</summary>
    public string? ModelVariant { get; init; }
}
