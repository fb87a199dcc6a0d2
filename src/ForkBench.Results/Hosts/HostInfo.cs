namespace ForkBench.Results.Hosts;

/// <summary>
/// The machine a run was taken on. <see cref="Id"/> is derived from the
/// stable fields only (see <see cref="HostIdDeriver"/>) and names the
/// baseline directory results/baselines/&lt;id&gt;/.
/// </summary>
/// <param name="MemoryBytes">MemTotal from /proc/meminfo, in bytes.</param>
/// <param name="Virtualization">"none", a hypervisor ("kvm", "xen", "vmware", "hyperv", ...), "wsl", or "vm" when only the CPU's hypervisor flag says so.</param>
public sealed record HostInfo(
    string Id,
    string KernelRelease,
    string CpuModel,
    int Cores,
    long MemoryBytes,
    ThpSettings TransparentHugePages,
    string Virtualization,
    string DotnetVersion);
