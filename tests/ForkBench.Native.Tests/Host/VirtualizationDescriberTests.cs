using ForkBench.Native.Host;

namespace ForkBench.Native.Tests.Host;

public sealed class VirtualizationDescriberTests
{
    [Fact]
    public void Nothing_found_says_so() =>
        Assert.Equal("none detected", VirtualizationDescriber.Describe(false, null, null, null));

    [Fact]
    public void A_guest_without_DMI_says_the_vendor_is_unknown() =>
        Assert.Equal("cpuinfo hypervisor flag; no DMI vendor", VirtualizationDescriber.Describe(true, null, null, null));

    [Fact]
    public void Every_hint_is_listed() =>
        Assert.Equal("cpuinfo hypervisor flag; /sys/hypervisor/type=xen; dmi vendor=Xen; dmi product=HVM domU",
            VirtualizationDescriber.Describe(true, "xen\n", "Xen\n", "HVM domU\n"));
}
