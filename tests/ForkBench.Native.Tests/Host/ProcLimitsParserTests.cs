using ForkBench.Native.Host;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Host;

public sealed class ProcLimitsParserTests
{
    [Fact]
    public void Reads_RLIMIT_MEMLOCK_from_captured_limits()
    {
        MemlockLimit limit = ProcLimitsParser.Memlock(Fixture.Read("limits.txt"));

        Assert.Equal(8L << 20, limit.SoftBytes);
        Assert.Equal(8L << 20, limit.HardBytes);
    }

    [Fact]
    public void Unlimited_is_null()
    {
        const string Text = "Limit                     Soft Limit           Hard Limit           Units     \n"
            + "Max locked memory         unlimited            unlimited            bytes     \n";

        Assert.Equal(new MemlockLimit(null, null), ProcLimitsParser.Memlock(Text));
    }

    [Fact]
    public void Rejects_text_without_the_row() =>
        Assert.Throws<FormatException>(() => ProcLimitsParser.Memlock("Max open files  1024  4096  files\n"));
}
