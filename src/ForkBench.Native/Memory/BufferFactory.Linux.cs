using ForkBench.Native.Host;
using ForkBench.Native.Scenarios;

namespace ForkBench.Native.Memory;

/// <summary>Maps, advises and faults in the buffer of each <see cref="MemoryKind"/>.</summary>
internal static class BufferFactory
{
    private const long PmdSize = 2 * 1024 * 1024;
    private const int ReadWrite = Interop.Libc.ProtRead | Interop.Libc.ProtWrite;
    private const int PrivateAnon = Interop.Libc.MapPrivate | Interop.Libc.MapAnonymous;

    /// <summary>A buffer of <paramref name="length"/> bytes, every page written with <paramref name="fill"/>.</summary>
    public static TestBuffer Create(NativeScenario scenario, long length, ThpSysfs sysfs, byte fill = 1)
    {
        MappedRegion region = scenario.Memory switch
        {
            MemoryKind.SharedAnon => MappedRegion.Map(length, ReadWrite, Interop.Libc.MapShared | Interop.Libc.MapAnonymous),
            MemoryKind.FilePrivate => MapTemporaryFile(length),
            _ => MappedRegion.MapAligned(length, PmdSize, ReadWrite, PrivateAnon),
        };
        try
        {
            return Prepare(scenario, region, sysfs, fill);
        }
        catch
        {
            region.Dispose();
            throw;
        }
    }

    private static TestBuffer Prepare(NativeScenario scenario, MappedRegion region, ThpSysfs sysfs, byte fill)
    {
        nuint length = (nuint)region.Length;
        switch (scenario.Memory)
        {
            case MemoryKind.AnonThp:
                Interop.Libc.Madvise(region.Address, length, Interop.Libc.MadvHugePage);
                break;
            case MemoryKind.AnonMthp:
                return FaultInMthp(scenario.MthpKiB, region, sysfs, fill);
            case MemoryKind.Anon4KDontFork:
                Interop.Libc.Madvise(region.Address, length, Interop.Libc.MadvNoHugePage);
                Interop.Libc.Madvise(region.Address, length, Interop.Libc.MadvDontFork);
                break;
            case MemoryKind.Anon4KWipeOnFork:
                Interop.Libc.Madvise(region.Address, length, Interop.Libc.MadvNoHugePage);
                Interop.Libc.Madvise(region.Address, length, Interop.Libc.MadvWipeOnFork);
                break;
            default:
                // Keeps khugepaged and THP "always" from turning 4 KiB pages into huge ones.
                Interop.Libc.Madvise(region.Address, length, Interop.Libc.MadvNoHugePage);
                break;
        }
        var buffer = new TestBuffer(region);
        buffer.WriteEveryPage(fill);
        if (scenario.Memory != MemoryKind.AnonThp)
            return buffer;
        return new TestBuffer(region, PmdCoverage(region), "/proc/self/smaps AnonHugePages");
    }

    /// <summary>
    /// Faults the range in with only <paramref name="kib"/> enabled, restoring
    /// the knobs right after: the folios keep their size, and the policy is
    /// changed for as short a time as possible.
    /// </summary>
    private static TestBuffer FaultInMthp(int kib, MappedRegion region, ThpSysfs sysfs, byte fill)
    {
        Interop.Libc.Madvise(region.Address, (nuint)region.Length, Interop.Libc.MadvHugePage);
        long? before;
        long? after;
        using (sysfs.IsolateSize(kib))
        {
            before = sysfs.FaultAllocCount(kib);
            new TestBuffer(region).WriteEveryPage(fill);
            after = sysfs.FaultAllocCount(kib);
        }
        if (kib * 1024L == PmdSize)
            return new TestBuffer(region, PmdCoverage(region), "/proc/self/smaps AnonHugePages");
        double? coverage = before is { } b && after is { } a ? Math.Min(1.0, (a - b) * kib * 1024.0 / region.Length) : null;
        return new TestBuffer(region, coverage, $"hugepages-{kib}kB/stats/anon_fault_alloc");
    }

    /// <summary>AnonHugePages of the range over its size; null where smaps cannot be read.</summary>
    private static double? PmdCoverage(MappedRegion region)
    {
        if (HostProbe.ReadOrNull("/proc/self/smaps") is not { } smaps)
            return null;
        ulong start = (ulong)region.Address;
        long huge = SmapsParser.SumField(SmapsParser.Parse(smaps), start, start + (ulong)region.Length, "AnonHugePages");
        return (double)huge / region.Length;
    }

    private static MappedRegion MapTemporaryFile(long length)
    {
        string path = Path.Combine(Path.GetTempPath(), $"forkbench-{Environment.ProcessId}-{Guid.NewGuid():N}.buffer");
        try
        {
            using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            RandomAccess.SetLength(file, length);
            bool added = false;
            try
            {
                file.DangerousAddRef(ref added);
                return MappedRegion.Map(length, ReadWrite, Interop.Libc.MapPrivate, (int)file.DangerousGetHandle());
            }
            finally
            {
                if (added)
                    file.DangerousRelease();
            }
        }
        finally
        {
            // The mapping keeps the inode alive; the name is not needed.
            File.Delete(path);
        }
    }
}
