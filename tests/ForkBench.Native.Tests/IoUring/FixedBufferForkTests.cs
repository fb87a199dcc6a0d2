using ForkBench.Native.Forking;
using ForkBench.Native.IoUring;
using ForkBench.Native.Memory;
using ForkBench.Native.Scenarios;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.IoUring;

/// <summary>
/// The kernel's promise, checked as tools/testing/selftests/mm/cow.c checks
/// it ("fork() with an iouring fixed buffer"): after fork, with the child
/// still alive, the parent writes new data to a pinned buffer, and an
/// IORING_OP_WRITE_FIXED of that buffer writes the new data. Had fork left
/// the pinned pages COW-shared, the parent's write would have moved to a new
/// page and the file would show the old data.
/// </summary>
[Collection(ForkingCollection.Name)]
public sealed class FixedBufferForkTests
{
    private const int Length = 4 << 20;
    private const byte Old = 0x11;
    private const byte New = 0xAB;

    [IoUringTheory]
    [InlineData("anon-4k")]
    [InlineData("anon-thp")]
    [InlineData("shared-anon")]
    [InlineData("file-private")]
    public void The_pin_stays_with_the_parent(string memory)
    {
        using TestBuffer buffer = BufferFactory.Create(ScenarioOf.Fork($"{memory}/pin=all"), Length, new ThpSysfs(), Old);
        using IoUringInstance instance = IoUringInstance.Create(entries: 4);
        using var ring = new IoUringRing(instance);
        instance.RegisterBuffers(buffer.Address, Length);
        string path = Path.Combine(Path.GetTempPath(), $"forkbench-cow-{Guid.NewGuid():N}");
        try
        {
            using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite);
            long pid = ForkStub.Shared.Fork(ChildBehaviour.WaitForKill);
            Assert.True(pid > 0, $"fork returned {pid}");
            int written;
            try
            {
                buffer.Region.AsSpan(0, Length).Fill(New);
                written = ring.WriteFixed((int)file.DangerousGetHandle(), buffer.Address, Length, bufferIndex: 0, fileOffset: 0);
            }
            finally
            {
                ChildReaper.KillAndReap((int)pid);
            }

            Assert.Equal(Length, written);
            byte[] content = new byte[Length];
            Assert.Equal(Length, RandomAccess.Read(file, content, 0));
            int stale = content.Count(b => b != New);
            Assert.True(stale == 0, $"{stale} bytes of the file are not the parent's new data: the pin did not stay with the parent");
        }
        finally
        {
            instance.UnregisterBuffers();
            File.Delete(path);
        }
        Assert.False(Interop.Libc.HasAnyChild());
    }
}
