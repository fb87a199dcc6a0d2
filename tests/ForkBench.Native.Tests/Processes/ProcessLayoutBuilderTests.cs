using ForkBench.Native.Host;
using ForkBench.Native.Processes;
using ForkBench.Native.Tests.Support;

namespace ForkBench.Native.Tests.Processes;

public sealed class ProcessLayoutBuilderTests
{
    private const long MiB = 1024 * 1024;

    private static readonly IoUringRing[] Rings =
    [
        new(33, IoUringFdInfoParser.Parse(Fixture.Read("helper-fdinfo-pinned-4k.txt"))),
        new(34, IoUringFdInfoParser.Parse(Fixture.Read("helper-fdinfo-pinned-thp.txt"))),
    ];

    private static ProcessLayout Build(ProcessStatus? status = null, IReadOnlyList<IoUringRing>? rings = null, KernelFacts? kernel = null) =>
        ProcessLayoutBuilder.Build(HelperFixture.Pid, status ?? ProcStatusParser.Parse(Fixture.Read("helper-status.txt")),
            SmapsParser.Parse(Fixture.Read("helper-smaps.txt")), rings ?? Rings, kernel ?? new KernelFacts("6.18.44", "madvise", []));

    private static VmaLayout Vma(ProcessLayout layout, ulong start) => Assert.Single(layout.Vmas, v => v.Start == start);

    [Fact]
    public void The_pinned_4k_buffer_carries_its_pins_in_4KiB_folios()
    {
        VmaLayout vma = Vma(Build(), HelperFixture.Pinned4K);

        Assert.Equal(VmaKind.AnonPrivate, vma.Kind);
        Assert.Equal(64 * MiB, vma.PinnedBytes);
        Assert.Equal(64 * MiB, vma.AnonymousBytes);
        Assert.Equal(16384, vma.Folios.SmallFolios);
        Assert.Equal(0, vma.Folios.PmdFolios);
        Assert.Equal("anon-4k/pin=all/rss=64mib", vma.Match.Scenario?.Tail);
        Assert.Null(vma.Match.Note);
    }

    [Fact]
    public void The_pinned_THP_buffer_is_in_2MiB_folios()
    {
        VmaLayout vma = Vma(Build(), HelperFixture.PinnedThp);

        Assert.Equal(64 * MiB, vma.AnonHugeBytes);
        Assert.Equal(64 * MiB, vma.PinnedBytes);
        Assert.Equal(32, vma.Folios.PmdFolios);
        Assert.Equal(0, vma.Folios.SmallFolios);
        Assert.True(vma.ThpEligible);
        Assert.Equal("anon-thp/pin=all/rss=64mib", vma.Match.Scenario?.Tail);
    }

    [Fact]
    public void DONTFORK_shared_and_plain_buffers_keep_their_nature()
    {
        ProcessLayout layout = Build();

        VmaLayout dontFork = Vma(layout, HelperFixture.DontFork);
        Assert.True(dontFork.DontFork);
        Assert.Equal("anon-4k-dontfork/pin=none/rss=16mib", dontFork.Match.Scenario?.Tail);
        VmaLayout shared = Vma(layout, HelperFixture.Shared);
        Assert.Equal(VmaKind.AnonShared, shared.Kind);
        Assert.True((shared.Flags & VmFlag.Shared) != 0);
        Assert.Equal("shared-anon/pin=none/rss=16mib", shared.Match.Scenario?.Tail);
        Assert.Equal("anon-4k/pin=none/rss=32mib", Vma(layout, HelperFixture.Plain4K).Match.Scenario?.Tail);
        Assert.Equal(0, Vma(layout, HelperFixture.Plain4K).PinnedBytes);
    }

    [Fact]
    public void Io_uring_explains_all_of_VmPin_and_only_assumptions_are_listed()
    {
        ProcessLayout layout = Build();

        Assert.Equal(128 * MiB, layout.IoUringPinnedBytes);
        Assert.Equal(128 * MiB, layout.PlacedPinnedBytes);
        Assert.Equal(0, layout.UnplacedPinnedBytes);
        Assert.Equal("ForkBench.Layou", layout.Name);
        Assert.All(layout.Warnings, w => Assert.Equal(LayoutWarningKind.Assumption, w.Kind));
        Assert.Contains(layout.Warnings, w => w.Message.Contains("mTHP", StringComparison.Ordinal));
    }

    [Fact]
    public void VmPin_beyond_io_uring_is_recorded_at_the_process_level()
    {
        ProcessStatus status = ProcStatusParser.Parse(Fixture.Read("helper-status.txt")) with { VmPinBytes = 200 * MiB };

        ProcessLayout layout = Build(status);

        Assert.Equal(72 * MiB, layout.UnplacedPinnedBytes);
        Assert.Equal(128 * MiB, layout.PlacedPinnedBytes);
        LayoutWarning warning = Assert.Single(layout.Warnings, w => w.Kind == LayoutWarningKind.UnplacedPins);
        Assert.Contains("72MiB pinned by something else", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_VmPin_only_the_io_uring_buffers_count_and_it_says_so()
    {
        ProcessStatus status = ProcStatusParser.Parse(Fixture.Read("helper-status.txt")) with { VmPinBytes = null };

        ProcessLayout layout = Build(status);

        Assert.Null(layout.UnplacedPinnedBytes);
        LayoutWarning warning = Assert.Single(layout.Warnings, w => w.Kind == LayoutWarningKind.VmPinUnknown);
        Assert.StartsWith("VmPin unreadable", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_busy_ring_and_a_buffer_outside_every_mapping_are_warned_about()
    {
        IoUringRing[] rings =
        [
            new(33, new IoUringFdInfo(2, [new RegisteredBuffer(0, 0x10000, 0x1000)], 0)),
        ];

        ProcessLayout layout = Build(rings: rings);

        Assert.Contains(layout.Warnings, w => w.Kind == LayoutWarningKind.IoUringIncomplete && w.Message.Contains("fd 33", StringComparison.Ordinal));
        Assert.Contains(layout.Warnings, w => w.Kind == LayoutWarningKind.IoUringMismatch && w.Message.Contains("outside every mapping", StringComparison.Ordinal));
        Assert.Equal(0, layout.PlacedPinnedBytes);
    }

    [Fact]
    public void Enabled_mTHP_sizes_are_named_in_the_folio_assumption()
    {
        ProcessLayout layout = Build(kernel: new KernelFacts("6.18.44", "madvise", [64]));

        Assert.Contains(layout.Warnings, w => w.Message.Contains("mTHP 64KiB is enabled here", StringComparison.Ordinal));
    }
}
