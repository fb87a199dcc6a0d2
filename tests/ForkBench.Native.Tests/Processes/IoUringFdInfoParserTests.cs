using ForkBench.Native.Processes;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Processes;

public sealed class IoUringFdInfoParserTests
{
    [Fact]
    public void Reads_the_registered_buffer_of_the_captured_ring()
    {
        IoUringFdInfo info = IoUringFdInfoParser.Parse(Fixture.Read("helper-fdinfo-pinned-4k.txt"));

        Assert.Equal(1, info.DeclaredBuffers);
        Assert.True(info.ListedAll);
        Assert.Equal(new RegisteredBuffer(0, HelperFixture.Pinned4K, 64L << 20), Assert.Single(info.Buffers));
    }

    [Fact]
    public void Reads_a_sparse_table_with_empty_slots()
    {
        const string text = "UserFiles:\t0\nUserBufs:\t3\n    0: 0x7f0000001000/8192\n    1: <none>\n    2: 0x7f0000200000/2097152\nPollList:\n";

        IoUringFdInfo info = IoUringFdInfoParser.Parse(text);

        Assert.Equal(3, info.DeclaredBuffers);
        Assert.Equal(1, info.EmptySlots);
        Assert.True(info.ListedAll);
        Assert.Equal([new RegisteredBuffer(0, 0x7f0000001000, 8192), new RegisteredBuffer(2, 0x7f0000200000, 2 << 20)], info.Buffers);
    }

    [Fact]
    public void A_busy_ring_declares_buffers_it_does_not_list()
    {
        // io_uring_show_fdinfo() prints the table only if it gets uring_lock without waiting.
        IoUringFdInfo info = IoUringFdInfoParser.Parse("UserFiles:\t0\nUserBufs:\t2\nPollList:\n");

        Assert.Equal(2, info.DeclaredBuffers);
        Assert.Empty(info.Buffers);
        Assert.False(info.ListedAll);
    }

    [Fact]
    public void A_kernel_without_a_table_declares_nothing()
    {
        IoUringFdInfo info = IoUringFdInfoParser.Parse("pos:\t0\nflags:\t02000002\nmnt_id:\t15\n");

        Assert.Null(info.DeclaredBuffers);
        Assert.False(info.ListedAll);
    }
}
