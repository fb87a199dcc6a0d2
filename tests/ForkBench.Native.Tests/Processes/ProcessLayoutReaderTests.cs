using ForkBench.Native.Processes;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Processes;

/// <summary>The reader's error mapping and warnings, on a fake /proc made of the captured helper.</summary>
public sealed class ProcessLayoutReaderTests
{
    private const int Pid = HelperFixture.Pid;
    private const string Dir = "/proc/16836";

    private static ProcessReadException Fails(FakeProcFileSource files) =>
        Assert.Throws<ProcessReadException>(() => ProcessLayoutReader.Read(Pid, files));

    [Fact]
    public void Reads_the_captured_helper_with_its_rings_and_kernel_facts()
    {
        ProcessLayout layout = ProcessLayoutReader.Read(Pid, FakeProcFileSource.CapturedHelper());

        Assert.Equal([33, 34], layout.Rings.Select(r => r.Fd));
        Assert.Equal(128L << 20, layout.PlacedPinnedBytes);
        Assert.Equal("6.18.44-fc-v657", layout.Kernel.KernelRelease);
        Assert.Equal("madvise", layout.Kernel.ThpEnabled);
        Assert.Empty(layout.Kernel.MthpSizesKiB);
        Assert.Equal(15, layout.Vmas.Count);
    }

    [Fact]
    public void Reads_enabled_mTHP_sizes_with_inherit_following_the_top_level_knob()
    {
        FakeProcFileSource files = FakeProcFileSource.CapturedHelper()
            .WithDirectory("/sys/kernel/mm/transparent_hugepage", "enabled", "hugepages-16kB", "hugepages-64kB", "hugepages-2048kB")
            .WithFile("/sys/kernel/mm/transparent_hugepage/hugepages-16kB/enabled", "always inherit madvise [never]\n")
            .WithFile("/sys/kernel/mm/transparent_hugepage/hugepages-64kB/enabled", "always [inherit] madvise never\n");

        Assert.Equal([64], ProcessLayoutReader.Read(Pid, files).Kernel.MthpSizesKiB);
    }

    [Fact]
    public void A_missing_process_is_named()
    {
        ProcessReadException e = Fails(new FakeProcFileSource());

        Assert.Equal(ProcessReadFailure.NoProcess, e.Failure);
        Assert.Equal("no process 16836", e.Message);
    }

    [Fact]
    public void Smaps_vanishing_after_status_means_the_process_exited_while_being_read()
    {
        ProcessReadException e = Fails(FakeProcFileSource.CapturedHelper().Without($"{Dir}/smaps"));

        Assert.Equal(ProcessReadFailure.Exited, e.Failure);
        Assert.Equal("process 16836 exited while being read", e.Message);
    }

    [Fact]
    public void The_fd_directory_vanishing_means_the_process_exited_while_being_read() =>
        Assert.Equal(ProcessReadFailure.Exited, Fails(FakeProcFileSource.CapturedHelper().Without($"{Dir}/fd")).Failure);

    [Fact]
    public void A_process_that_became_a_zombie_during_the_read_left_smaps_cut_short()
    {
        string alive = Fixture.Read("helper-status.txt");
        int reads = 0;
        FakeProcFileSource files = FakeProcFileSource.CapturedHelper()
            .WithFile($"{Dir}/status", () => ++reads == 1 ? alive : "Name:\tForkBench.Layou\nState:\tZ (zombie)\n")
            .WithFile($"{Dir}/smaps", Fixture.Read("helper-smaps.txt")[..500]);

        ProcessReadException e = Fails(files);

        Assert.Equal(ProcessReadFailure.Exited, e.Failure);
        Assert.Equal("process 16836 exited while being read", e.Message);
    }

    [Fact]
    public void A_zombie_has_no_memory_to_read()
    {
        ProcessReadException e = Fails(FakeProcFileSource.CapturedHelper().WithFile($"{Dir}/status", "Name:\tgone\nState:\tZ (zombie)\n"));

        Assert.Equal(ProcessReadFailure.Exited, e.Failure);
        Assert.Contains("zombie", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kernel_thread_has_no_user_memory()
    {
        ProcessReadException e = Fails(FakeProcFileSource.CapturedHelper().WithFile($"{Dir}/status", "Name:\tkthreadd\nState:\tS (sleeping)\nKthread:\t1\n"));

        Assert.Equal(ProcessReadFailure.NoUserMemory, e.Failure);
        Assert.Equal("process 16836 (kthreadd) is a kernel thread: it has no user memory", e.Message);
    }

    [Fact]
    public void Another_users_smaps_is_refused_with_what_to_do()
    {
        ProcessReadException e = Fails(FakeProcFileSource.CapturedHelper().Refusing($"{Dir}/smaps"));

        Assert.Equal(ProcessReadFailure.PermissionDenied, e.Failure);
        Assert.Equal("cannot read /proc/16836/smaps: permission denied (run as the process's user or root)", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_refused_fd_directory_is_a_warning_and_no_pins_are_placed()
    {
        ProcessLayout layout = ProcessLayoutReader.Read(Pid, FakeProcFileSource.CapturedHelper().Refusing($"{Dir}/fd"));

        Assert.Empty(layout.Rings);
        Assert.Equal(0, layout.PlacedPinnedBytes);
        Assert.Equal(128L << 20, layout.UnplacedPinnedBytes);
        Assert.Contains(layout.Warnings, w => w.Kind == LayoutWarningKind.IoUringIncomplete && w.Message.Contains("permission denied", StringComparison.Ordinal));
        Assert.Contains(layout.Warnings, w => w.Kind == LayoutWarningKind.UnplacedPins);
    }

    [Fact]
    public void A_ring_closed_between_listing_and_reading_is_skipped()
    {
        ProcessLayout layout = ProcessLayoutReader.Read(Pid, FakeProcFileSource.CapturedHelper().Without($"{Dir}/fdinfo/34"));

        Assert.Equal(33, Assert.Single(layout.Rings).Fd);
        Assert.Equal(64L << 20, layout.UnplacedPinnedBytes);
    }

    [Fact]
    public void Missing_kernel_facts_read_as_unknown()
    {
        FakeProcFileSource files = FakeProcFileSource.CapturedHelper()
            .Without("/proc/sys/kernel/osrelease")
            .Without("/sys/kernel/mm/transparent_hugepage/enabled")
            .Without("/sys/kernel/mm/transparent_hugepage");

        ProcessLayout layout = ProcessLayoutReader.Read(Pid, files);

        Assert.Equal(KernelFacts.Unknown, layout.Kernel with { MthpSizesKiB = KernelFacts.Unknown.MthpSizesKiB });
        Assert.Empty(layout.Kernel.MthpSizesKiB);
    }
}
