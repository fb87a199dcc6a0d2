namespace ForkBench.Native.Tests.Support;

/// <summary>
/// Facts of the captured helper process (Fixtures/helper-*.txt): run as
/// <c>--pinned-4k 64M --pinned-thp 64M --dontfork 16M --shared 16M --plain-4k 32M</c>
/// on 6.18 with THP "madvise".
/// </summary>
public static class HelperFixture
{
    public const int Pid = 16836;

    public const ulong Pinned4K = 0x7f7b67c00000;
    public const ulong PinnedThp = 0x7f7b63600000;
    public const ulong DontFork = 0x7f7b7a200000;
    public const ulong Shared = 0x7f8760400000;
    public const ulong Plain4K = 0x7f7b71c00000;
    public const ulong Memfd = 0x7f8772040000;
    public const ulong LibcData = 0x7f87f19f1000;
    public const ulong Vvar = 0x7f87f1e21000;
    public const ulong Heap = 0x561bed01f000;
    public const ulong Guard = 0x7f7b63400000;
}
