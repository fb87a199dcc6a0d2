using ForkBench.LayoutHelper;
using ForkBench.Native.Processes;
using ForkBench.Native.Tests.Support;
using Xunit.Abstractions;

namespace ForkBench.Native.Tests.Processes;

/// <summary>
/// The reader on real processes: a pid that does not exist, this test
/// process, and the layout helper. The helper is a child of this process, so
/// these tests run in the forking collection: a fork test that checks "no
/// child left" must not see it.
/// </summary>
[Collection(ForkingCollection.Name)]
public sealed class ProcessLayoutReaderLiveTests(ITestOutputHelper output)
{
    private const long MiB = 1024 * 1024;

    [LinuxFact]
    public void A_pid_that_does_not_exist_is_no_process()
    {
        // Above any pid_max (at most 2^22), so never a live process.
        ProcessReadException e = Assert.Throws<ProcessReadException>(() => ProcessLayoutReader.Read(int.MaxValue));

        Assert.Equal(ProcessReadFailure.NoProcess, e.Failure);
        Assert.Equal($"no process {int.MaxValue}", e.Message);
    }

    [LinuxFact]
    public void Reads_this_process()
    {
        ProcessLayout layout = ProcessLayoutReader.Read(Environment.ProcessId);

        Assert.NotEmpty(layout.Vmas);
        Assert.NotNull(layout.Status.VmPinBytes);
        Assert.Contains(layout.Vmas, v => v.Kind == VmaKind.AnonPrivate && v.AnonymousBytes > 0);
        Assert.NotEqual("unknown", layout.Kernel.KernelRelease);
    }

    [LayoutHelperFact]
    public void Reads_the_helper_layout_as_it_was_built()
    {
        using LayoutHelperProcess helper = LayoutHelperProcess.Start(
            "--pinned-4k", "64M", "--pinned-thp", "64M", "--dontfork", "16M", "--shared", "16M", "--plain-4k", "32M");

        ProcessLayout layout = ProcessLayoutReader.Read(helper.Pid);
        output.WriteLine(ProcessLayoutFormatter.Format(layout));

        VmaLayout pinned4K = Region(layout, helper, HelperRegionKind.Pinned4K);
        Assert.Equal(VmaKind.AnonPrivate, pinned4K.Kind);
        Assert.Equal(64 * MiB, pinned4K.PinnedBytes);
        Assert.Equal(64 * MiB / 4096, pinned4K.Folios.SmallFolios);
        Assert.Equal(0, pinned4K.AnonHugeBytes);
        Assert.Equal("anon-4k/pin=all/rss=64mib", pinned4K.Match.Scenario?.Tail);

        VmaLayout thp = Region(layout, helper, HelperRegionKind.PinnedThp);
        Assert.Equal(64 * MiB, thp.PinnedBytes);
        if (layout.Kernel.ThpEnabled is "always" or "madvise")
        {
            Assert.True(thp.AnonHugeBytes > 0, "MADV_HUGEPAGE memory got no THP (fragmented memory?)");
            Assert.Equal(thp.AnonHugeBytes / (2 * MiB), thp.Folios.PmdFolios);
        }

        VmaLayout dontFork = Region(layout, helper, HelperRegionKind.DontFork);
        Assert.True(dontFork.DontFork);
        Assert.Equal(0, dontFork.PinnedBytes);
        Assert.Equal("anon-4k-dontfork/pin=none/rss=16mib", dontFork.Match.Scenario?.Tail);

        VmaLayout shared = Region(layout, helper, HelperRegionKind.Shared);
        Assert.Equal(VmaKind.AnonShared, shared.Kind);
        Assert.Equal("shared-anon/pin=none/rss=16mib", shared.Match.Scenario?.Tail);

        Assert.Equal("anon-4k/pin=none/rss=32mib", Region(layout, helper, HelperRegionKind.Plain4K).Match.Scenario?.Tail);
        Assert.Equal(2, layout.Rings.Count);
        Assert.Equal(128 * MiB, layout.PlacedPinnedBytes);
        Assert.Equal(0, layout.UnplacedPinnedBytes);
    }

    [LayoutHelperFact]
    public void A_helper_that_has_exited_is_no_process()
    {
        int pid;
        using (LayoutHelperProcess helper = LayoutHelperProcess.Start("--plain-4k", "2M"))
            pid = helper.Pid;

        Assert.Equal(ProcessReadFailure.NoProcess, Assert.Throws<ProcessReadException>(() => ProcessLayoutReader.Read(pid)).Failure);
    }

    /// <summary>The VMA that is exactly the helper's region (its guards keep it from merging with neighbours).</summary>
    private static VmaLayout Region(ProcessLayout layout, LayoutHelperProcess helper, HelperRegionKind kind)
    {
        (ulong start, ulong end) = helper.Regions[kind];
        VmaLayout vma = Assert.Single(layout.Vmas, v => v.Start == start);
        Assert.Equal(end, vma.End);
        return vma;
    }
}
