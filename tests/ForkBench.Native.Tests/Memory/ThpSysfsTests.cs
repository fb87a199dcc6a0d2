using ForkBench.Native.Host;
using ForkBench.Native.Memory;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Memory;

public sealed class ThpSysfsTests
{
    private const string Never = "always inherit madvise [never]";
    private const string Inherit = "always [inherit] madvise never";

    [Fact]
    public void Lists_only_sizes_with_a_policy_file()
    {
        using var fake = new FakeThpDirectory((64, Never), (16, Never), (2048, Inherit));

        Assert.Equal([16, 64, 2048], new ThpSysfs(fake.Path).MthpSizes);
    }

    [Fact]
    public void Isolating_a_size_makes_it_the_only_one_and_disposing_restores_all()
    {
        using var fake = new FakeThpDirectory((16, Never), (64, Never), (2048, Inherit));
        var sysfs = new ThpSysfs(fake.Path);

        using (SysfsSettingChange change = sysfs.IsolateSize(64))
        {
            Assert.Equal("madvise", ThpSettingParser.Selected(fake.Enabled(64)));
            Assert.Equal("never", ThpSettingParser.Selected(fake.Enabled(2048)));
            Assert.Equal("never", ThpSettingParser.Selected(fake.Enabled(16)));
            Assert.Equal(2, change.Original.Count);
        }

        Assert.Equal("never", ThpSettingParser.Selected(fake.Enabled(64)));
        Assert.Equal("inherit", ThpSettingParser.Selected(fake.Enabled(2048)));
        Assert.Equal("never", ThpSettingParser.Selected(fake.Enabled(16)));
    }

    [Fact]
    public void Disposing_twice_restores_once()
    {
        using var fake = new FakeThpDirectory((64, Never), (2048, Inherit));
        SysfsSettingChange change = new ThpSysfs(fake.Path).IsolateSize(64);
        change.Dispose();
        File.WriteAllText(Path.Combine(fake.Path, "hugepages-2048kB", "enabled"), "always");

        change.Dispose();

        Assert.Equal("always", fake.Enabled(2048));
    }

    [Fact]
    public void An_unknown_size_is_refused_with_the_available_ones()
    {
        using var fake = new FakeThpDirectory((64, Never), (2048, Inherit));

        var e = Assert.Throws<InvalidOperationException>(() => new ThpSysfs(fake.Path).IsolateSize(32));

        Assert.Contains("available: 64, 2048", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_fault_counter()
    {
        using var fake = new FakeThpDirectory((64, Never));
        File.WriteAllText(Path.Combine(fake.Path, "hugepages-64kB", "stats", "anon_fault_alloc"), "1234\n");

        Assert.Equal(1234, new ThpSysfs(fake.Path).FaultAllocCount(64));
        Assert.Null(new ThpSysfs(fake.Path).FaultAllocCount(128));
    }
}
