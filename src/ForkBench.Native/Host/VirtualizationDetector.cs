namespace ForkBench.Native.Host;

/// <summary>
/// Names the virtualisation a host runs under from what Linux exposes
/// without privileges: the DMI vendor and product strings
/// (/sys/class/dmi/id/{sys_vendor,product_name}), /sys/hypervisor/type, the
/// kernel release (WSL kernels say "microsoft") and the CPU's hypervisor
/// flag. Page-table copies cost more under nested paging, so the answer is
/// part of the host id.
/// </summary>
public static class VirtualizationDetector
{
    public const string None = "none";

    /// <summary>A hypervisor is present (CPU flag) but none of the known signatures matched.</summary>
    public const string UnknownHypervisor = "vm";

    // Matched case-insensitively against "vendor product", in order.
    private static readonly (string Signature, string Name)[] DmiSignatures =
    [
        ("kvm", "kvm"),
        ("qemu", "kvm"),
        ("amazon ec2", "kvm"),
        ("google compute engine", "kvm"),
        ("vmware", "vmware"),
        ("virtualbox", "virtualbox"),
        ("innotek", "virtualbox"),
        ("xen", "xen"),
        ("microsoft corporation virtual machine", "hyperv"),
        ("parallels", "parallels"),
        ("bhyve", "bhyve"),
    ];

    public static string Detect(bool hypervisorFlag, string? dmiVendor, string? dmiProduct, string? hypervisorType, string kernelRelease)
    {
        if (kernelRelease.Contains("microsoft", StringComparison.OrdinalIgnoreCase))
            return "wsl";
        string dmi = $"{dmiVendor?.Trim()} {dmiProduct?.Trim()}".Trim();
        foreach ((string signature, string name) in DmiSignatures)
        {
            if (dmi.Contains(signature, StringComparison.OrdinalIgnoreCase))
                return name;
        }
        if (hypervisorType?.Trim() is { Length: > 0 } type)
            return type.ToLowerInvariant();
        return hypervisorFlag ? UnknownHypervisor : None;
    }
}
