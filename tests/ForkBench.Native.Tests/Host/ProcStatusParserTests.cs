using ForkBench.Native.Host;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Host;

public sealed class ProcStatusParserTests
{
    [Fact]
    public void Reads_the_effective_capabilities_of_a_root_process()
    {
        string status = Fixture.Read("status.txt");

        Assert.Equal(0x000001fffeffffffUL, ProcStatusParser.EffectiveCapabilities(status));
        Assert.True(ProcStatusParser.HasCapability(status, ProcStatusParser.CapIpcLock));
    }

    [Fact]
    public void An_unprivileged_process_lacks_CAP_IPC_LOCK() =>
        Assert.False(ProcStatusParser.HasCapability("Name:\tx\nCapEff:\t0000000000000000\n", ProcStatusParser.CapIpcLock));

    [Fact]
    public void Reads_the_identity_and_memory_fields_of_the_helper()
    {
        ProcessStatus status = ProcStatusParser.Parse(Fixture.Read("helper-status.txt"));

        Assert.Equal("ForkBench.Layou", status.Name);
        Assert.Equal(0, status.Uid);
        Assert.Equal("S (sleeping)", status.State);
        Assert.False(status.KernelThread);
        Assert.Equal(128L << 20, status.VmPinBytes);
        Assert.Equal(0, status.VmLckBytes);
        Assert.Equal(182716L * 1024, status.RssAnonBytes);
        Assert.Equal(24672L * 1024, status.RssFileBytes);
        Assert.Equal(18448L * 1024, status.RssShmemBytes);
        Assert.False(status.HasExited);
        Assert.False(status.HasNoMemory);
    }

    [Fact]
    public void Fields_an_older_kernel_lacks_stay_unknown()
    {
        ProcessStatus status = ProcStatusParser.Parse("Name:\tdaemon\nState:\tS (sleeping)\nUid:\t1000\t1000\t1000\t1000\nVmSize:\t  1024 kB\nVmLck:\t 0 kB\n");

        Assert.Equal(1000, status.Uid);
        Assert.Null(status.VmPinBytes);
        Assert.Null(status.RssAnonBytes);
        Assert.Null(status.KernelThread);
        Assert.False(status.HasNoMemory);
    }

    [Theory]
    [InlineData("Name:\tkworker/0:1\nState:\tI (idle)\nKthread:\t1\n", false, true)]
    [InlineData("Name:\tkworker/0:1\nState:\tI (idle)\n", false, true)]
    [InlineData("Name:\tgone\nState:\tZ (zombie)\n", true, true)]
    public void Tells_kernel_threads_and_zombies(string text, bool exited, bool noMemory)
    {
        ProcessStatus status = ProcStatusParser.Parse(text);

        Assert.Equal(exited, status.HasExited);
        Assert.Equal(noMemory, status.HasNoMemory);
    }
}
