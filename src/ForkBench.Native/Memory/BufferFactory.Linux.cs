using ForkBench.Native.Host;
using ForkBench.Native.Scenarios;
using ForkBench.Scenarios;

namespace ForkBench.Native.Memory;

/// <summary>Maps, advises and faults in the buffer of each kind of memory a <see cref="ProcessScenario"/> names.</summary>
internal static class BufferFactory
{
    private const long PmdSize = 2 * 1024 * 1024;
    private const int ReadWrite = Interop.Libc.ProtRead | Interop.Libc.ProtWrite;
    private const int PrivateAnon = Interop.Libc.MapPrivate | Interop.Libc.MapAnonymous;

    /// <summary>A buffer of <paramref name="length"/> bytes, every page the scenario touches written with <paramref name="fill"/>.</summary>
    public static TestBuffer Create(NativeScenario scenario, long length, ThpSysfs sysfs, byte fill = 1)
    {
        MappedRegion region = scenario.Process.Mapping switch
        {
            MappingKind.AnonShared => MappedRegion.Map(length, ReadWrite, Interop.Libc.MapShared | Interop.Libc.MapAnonymous),
            MappingKind.FilePrivate => MapTemporaryFile(length),
            MappingKind.AnonPrivate => MappedRegion.MapAligned(length, PmdSize, ReadWrite, PrivateAnon),
            _ => throw new NotSupportedException($"native mode has no {scenario.Process.Mapping} buffer"),
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
        ProcessScenario process = scenario.Process;
        if (process.Folio.IsMthp)
            return FaultInMthp(process.Folio.KiB, region, sysfs, fill);
        bool thp = process.Folio == FolioSize.Thp;
        // 4 KiB pages: keep khugepaged and THP "always" from making them huge.
        Interop.Libc.Madvise(region.Address, length, thp ? Interop.Libc.MadvHugePage : Interop.Libc.MadvNoHugePage);
        if (process.Advice == ForkAdvice.DontFork)
            Interop.Libc.Madvise(region.Address, length, Interop.Libc.MadvDontFork);
        if (process.Advice == ForkAdvice.WipeOnFork)
            Interop.Libc.Madvise(region.Address, length, Interop.Libc.MadvWipeOnFork);
        var buffer = new TestBuffer(region) { Touched = process.Touched };
        buffer.FaultIn(fill);
        if (!thp)
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
            new TestBuffer(region).FaultIn(fill);
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
