using ForkBench.Native.Host;

namespace ForkBench.Native.Tests.Host;

public sealed class LoadCheckTests
{
    [Fact]
    public void A_quiet_machine_gets_no_warning() => Assert.Null(LoadCheck.Warning("0.53 5.24 10.00", 2));

    [Fact]
    public void A_busy_machine_is_flagged_with_the_load() =>
        Assert.StartsWith("load average 15.86 on 2 CPUs", LoadCheck.Warning("15.86 14.97 8.84", 2), StringComparison.Ordinal);

    [Fact]
    public void An_unreadable_load_is_no_warning() => Assert.Null(LoadCheck.Warning("unknown", 2));
}
