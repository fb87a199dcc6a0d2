namespace ForkBench.Native.Host;

/// <summary>
/// Turns the virtualisation hints a Linux guest exposes into one line. Fork
/// cost depends on it: page-table updates under a hypervisor go through
/// paravirt hooks or nested paging (Redis measures ~2x per GB on KVM).
/// </summary>
public static class VirtualizationDescriber
{
    /// <param name="hypervisorFlag">/proc/cpuinfo lists the "hypervisor" CPU flag.</param>
    /// <param name="hypervisorType">/sys/hypervisor/type (Xen), if present.</param>
    /// <param name="sysVendor">/sys/class/dmi/id/sys_vendor, if present.</param>
    /// <param name="productName">/sys/class/dmi/id/product_name, if present.</param>
    public static string Describe(bool hypervisorFlag, string? hypervisorType, string? sysVendor, string? productName)
    {
        var parts = new List<string>();
        if (hypervisorFlag)
            parts.Add("cpuinfo hypervisor flag");
        if (!string.IsNullOrWhiteSpace(hypervisorType))
            parts.Add($"/sys/hypervisor/type={hypervisorType.Trim()}");
        if (!string.IsNullOrWhiteSpace(sysVendor))
            parts.Add($"dmi vendor={sysVendor.Trim()}");
        if (!string.IsNullOrWhiteSpace(productName))
            parts.Add($"dmi product={productName.Trim()}");
        if (parts.Count == 0)
            return "none detected";
        if (hypervisorFlag && string.IsNullOrWhiteSpace(sysVendor))
            parts.Add("no DMI vendor");
        return string.Join("; ", parts);
    }
}
