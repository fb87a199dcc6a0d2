using ForkBench.Results.Hosts;

namespace ForkBench.Results.Tests.Hosts;

public class HostIdDeriverTests
{
    [Theory]
    [InlineData("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", "intel-xeon-platinum-8375c")]
    [InlineData("AMD EPYC 7763 64-Core Processor", "amd-epyc-7763-64-core-processor")]
    [InlineData("", "unknown")]
    public void Cpu_slugs(string model, string expected) => Assert.Equal(expected, HostIdDeriver.CpuSlug(model));

    [Theory]
    [InlineData("6.18.44-fc-v445", "6.18")]
    [InlineData("5.10.0-28-amd64", "5.10")]
    [InlineData("6.1", "6.1")]
    [InlineData("weird", "weird")]
    public void Kernel_major_minor(string release, string expected) => Assert.Equal(expected, HostIdDeriver.KernelMajorMinor(release));

    [Fact]
    public void Host_id_is_documented_slug_plus_hash_of_canonical_fields()
    {
        string id = HostIdDeriver.Derive("AMD EPYC 7763 64-Core Processor", 128, 515_000_000_000, "6.8.0-45-generic", "none");
        string canonical = HostIdDeriver.CanonicalText("AMD EPYC 7763 64-Core Processor", 128, 515_000_000_000, "6.8.0-45-generic", "none");

        Assert.Equal("cpu-model=AMD EPYC 7763 64-Core Processor\ncores=128\nmemory-gib=480\nkernel=6.8\nvirtualization=none\n", canonical);
        Assert.Matches("^amd-epyc-7763-64-core-processor-128c-480g-k6.8-none-[0-9a-f]{8}$", id);
        Assert.Equal(id, HostIdDeriver.Derive("AMD EPYC 7763 64-Core Processor", 128, 515_000_000_000, "6.8.0-50-generic", "none"));
        Assert.NotEqual(id, HostIdDeriver.Derive("AMD EPYC 7763 64-Core Processor", 64, 515_000_000_000, "6.8.0-45-generic", "none"));
    }

    [Fact]
    public void Host_ids_never_change_silently()
    {
        // Baseline directories are named by this id: a change here orphans every committed baseline.
        Assert.Equal("intel-xeon-platinum-8375c-2c-24g-k6.1-kvm-102287e0",
            HostIdDeriver.Derive("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", 2, 25_325_498_368, "6.1.0-28-amd64", "kvm"));
    }

    [Theory]
    [InlineData("intel-xeon-processor-2c-24g-k6.18-vm-8e81608e", true)]
    [InlineData("../../etc", false)]
    [InlineData("a/b", false)]
    [InlineData("Upper", false)]
    [InlineData("", false)]
    [InlineData(".hidden", false)]
    public void Host_ids_are_plain_slugs(string id, bool valid) => Assert.Equal(valid, HostIdDeriver.IsValid(id));
}
