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
}
