using ForkBench.Native.Host;
using ForkBench.Native.IoUring;

namespace ForkBench.Native.Tests.IoUring;

public sealed class IoUringDiagnosticsTests
{
    private const long MiB = 1L << 20;

    [Fact]
    public void ENOSYS_means_no_io_uring_in_this_kernel() =>
        Assert.StartsWith("io_uring_setup failed: ENOSYS", IoUringDiagnostics.SetupFailure(38, "absent"), StringComparison.Ordinal);

    [Theory]
    [InlineData("2", "kernel.io_uring_disabled=2")]
    [InlineData("1", "kernel.io_uring_group")]
    [InlineData("0", "seccomp")]
    public void EPERM_names_the_likely_cause(string disabled, string expected) =>
        Assert.Contains(expected, IoUringDiagnostics.SetupFailure(1, disabled), StringComparison.Ordinal);

    [Fact]
    public void A_short_memlock_limit_says_what_is_needed()
    {
        string? shortfall = IoUringDiagnostics.MemlockShortfall(512 * MiB, new MemlockLimit(8 * MiB, 8 * MiB), hasCapIpcLock: false);

        Assert.Equal("pinning 512 MiB needs RLIMIT_MEMLOCK >= 512 MiB but it is 8 MiB (ulimit -l 524288 or more, or CAP_IPC_LOCK)", shortfall);
    }

    [Fact]
    public void CAP_IPC_LOCK_or_an_unlimited_limit_needs_nothing()
    {
        Assert.Null(IoUringDiagnostics.MemlockShortfall(512 * MiB, new MemlockLimit(8 * MiB, 8 * MiB), hasCapIpcLock: true));
        Assert.Null(IoUringDiagnostics.MemlockShortfall(512 * MiB, new MemlockLimit(null, null), hasCapIpcLock: false));
    }

    [Fact]
    public void ENOMEM_from_registering_explains_the_memlock_limit() =>
        Assert.Contains("but it is 8 MiB",
            IoUringDiagnostics.RegisterFailure(12, 64 * MiB, new MemlockLimit(8 * MiB, 8 * MiB), hasCapIpcLock: false), StringComparison.Ordinal);
}
