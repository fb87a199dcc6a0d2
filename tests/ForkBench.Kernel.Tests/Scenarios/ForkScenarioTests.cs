using ForkBench.Kernel.Fork;
using ForkBench.Kernel.Scenarios;

namespace ForkBench.Kernel.Tests.Scenarios;

/// <summary>The model builds the process a scenario describes, as the same words describe it to native mode.</summary>
public class ForkScenarioTests
{
    [Fact]
    public void The_first_sixty_fourth_is_one_region_pinned()
    {
        var scenario = new ForkScenario { Variant = CopyVariant.Merged5_10, Process = new() { SizeBytes = 8L << 20, Pins = PinShare.First(64) } };
        using var instance = scenario.Build();
        var pin = Assert.Single(instance.Machine.Pins);
        Assert.Equal(2048 / 64, pin.Frames.Count);
        Assert.Equal(instance.Address, pin.Address);
        Assert.Equal(2048 / 64, instance.CountFork().Counts.PagesCopied);
        Assert.True(instance.Child.IsEmpty);
        Assert.Empty(instance.Machine.CheckInvariants());
    }

    [Fact]
    public void Every_sixty_fourth_page_is_pinned_on_its_own()
    {
        var scenario = new ForkScenario { Variant = CopyVariant.Merged5_10, Process = new() { SizeBytes = 8L << 20, Pins = PinShare.Every(64) } };
        using var instance = scenario.Build();
        Assert.Equal(2048 / 64, instance.Machine.Pins.Count);
        Assert.All(instance.Machine.Pins, p => Assert.Equal(0, (p.Address - instance.Address) / 4096 % 64));
        Assert.Equal(2048 / 64, instance.CountFork().Counts.PagesCopied);
    }

    [Fact]
    public void A_sticky_scenario_holds_no_pin_but_keeps_the_state()
    {
        var scenario = new ForkScenario { Variant = CopyVariant.MmfHasPinned5_14, Process = new() { SizeBytes = 4L << 20, Pins = PinShare.All, UnpinBeforeFork = true } };
        using var instance = scenario.Build();
        Assert.Empty(instance.Machine.Pins);
        Assert.True(instance.Parent.HasPinnedSticky);
        Assert.Equal(0, instance.CountFork().Counts.PagesCopied);
    }

    [Fact]
    public void False_positives_look_pinned_to_the_fuzzy_test()
    {
        var scenario = new ForkScenario { Variant = CopyVariant.Merged5_10, Process = new() { SizeBytes = 4L << 20, FalsePositives = PinShare.First(64) } };
        using var instance = scenario.Build();
        Assert.Empty(instance.Machine.Pins);
        // Never pinned: the has_pinned gate is closed, so nothing is copied.
        Assert.Equal(0, instance.CountFork().Counts.PagesCopied);
        Assert.Equal(1024 / 64, instance.Machine.References.Sum(r => r.Heads.Count));
    }

    [Theory]
    [InlineData("v5.8")]
    [InlineData("pte-batch-6.15")]
    public void A_sparse_mapping_reads_every_entry_of_each_table_but_copies_only_its_touched_pages(string variant)
    {
        // 8 MiB = 4 PTE tables, one touched page in each.
        var scenario = new ForkScenario { Variant = CopyVariant.FindById(variant)!, Process = new() { SizeBytes = 8L << 20, Touched = PinShare.Every(512) } };
        using var instance = scenario.Build();
        Assert.Equal(4, instance.Parent.RssAnon);

        var counts = instance.CountFork().Counts;

        // Each table: 512 entries read (511 none), one child PTE written; one PMD entry read per table too.
        Assert.Equal(4 * 512 + 4, counts.PteReads);
        Assert.Equal(4, counts.PteWrites);
        Assert.Equal(4, counts.PageTableAllocations);
        Assert.Equal(0, counts.PagesCopied);
        Assert.True(instance.Child.IsEmpty);
        Assert.Empty(instance.Machine.CheckInvariants());
    }

    [Fact]
    public void The_steady_state_fork_of_a_pinned_thp_finds_the_pmd_split_by_the_first_and_rescans_the_pte_mapped_folio()
    {
        var scenario = new ForkScenario { Variant = CopyVariant.PteBatching6_15, Process = new() { SizeBytes = 4L << 20, Folio = FolioSize.Thp, Pins = PinShare.All } };
        using var instance = scenario.Build();

        var first = instance.CountFork().Counts;
        var steady = instance.CountSteadyStateFork().Counts;

        Assert.Equal(2, first.PmdSplits);
        Assert.Equal(0, steady.PmdSplits);
        // Both forks copy every page and re-scan each 512-page folio from every entry it still has to copy.
        Assert.Equal(2 * 512, steady.PagesCopied);
        Assert.Equal(2 * (511 * 512 / 2), steady.PteBatchCompares);
        Assert.Equal(first.PteBatchCompares, steady.PteBatchCompares);
        Assert.True(instance.Child.IsEmpty);
        Assert.Empty(instance.Machine.CheckInvariants());
    }

    [Fact]
    public void The_steady_state_fork_of_unpinned_pages_neither_write_protects_nor_clears_exclusivity_again()
    {
        var scenario = new ForkScenario { Variant = CopyVariant.PteBatching6_15, Process = new() { SizeBytes = 2L << 20 } };
        using var instance = scenario.Build();

        var first = instance.CountFork().Counts;
        var steady = instance.CountSteadyStateFork().Counts;

        // First fork, per page: write-protect the parent's PTE and clear PG_anon_exclusive (two locked RMWs) on top of the refcount and mapcount.
        Assert.Equal(2 * 512, first.LockedRmws - steady.LockedRmws);
        Assert.Equal(first.PteReads, steady.PteReads);
        Assert.Equal(first.PteWrites, steady.PteWrites);
    }

    [Fact]
    public void A_process_the_kernel_cannot_have_is_refused_with_the_reason()
    {
        var scenario = new ForkScenario { Process = new() { Mapping = MappingKind.AnonShared, Folio = FolioSize.Thp } };
        Assert.Contains("private anonymous", scenario.Refusal);
        Assert.Throws<NotSupportedException>(() => scenario.Build());
    }

    [Fact]
    public void Four_GiB_of_model_fits_in_a_hundred_MiB()
    {
        var scenario = new ForkScenario { Variant = CopyVariant.V5_8, Process = new() { SizeBytes = 4L << 30 } };
        using var instance = scenario.Build();
        Assert.True(instance.Machine.ModelBytes <= 100L << 20, $"model holds {instance.Machine.ModelBytes >> 20} MiB");
    }

    [Fact]
    public void Dontfork_leaves_the_buffer_out_of_the_child_and_copies_nothing()
    {
        var scenario = new ForkScenario { Variant = CopyVariant.PteBatching6_15, Process = new() { SizeBytes = 4L << 20, Pins = PinShare.All, Advice = ForkAdvice.DontFork } };
        using var instance = scenario.Build();
        var counts = instance.CountFork().Counts;
        Assert.Equal(0, counts.PagesCopied);
        Assert.Equal(0, counts.PteReads);
        instance.Fork();
        Assert.Equal(0, instance.Child.VmaCount);
    }

    [Fact]
    public void Wipeonfork_gives_the_child_an_empty_range_and_copies_nothing()
    {
        var scenario = new ForkScenario { Variant = CopyVariant.PteBatching6_15, Process = new() { SizeBytes = 4L << 20, Pins = PinShare.All, Advice = ForkAdvice.WipeOnFork } };
        using var instance = scenario.Build();
        var counts = instance.CountFork().Counts;
        Assert.Equal(0, counts.PagesCopied);
        Assert.Equal(0, counts.PteReads);
        instance.Fork();
        Assert.Equal(1, instance.Child.VmaCount);
        Assert.Equal(-1, instance.Machine.MappedFrame(instance.Child, instance.Address));
    }

    [Fact]
    public void A_pinned_private_file_mapping_has_room_for_its_page_cache_and_both_copies()
    {
        // Page cache, the anonymous pages the write pins make, and their copies at fork: beyond the slack at 128 MiB.
        var scenario = new ForkScenario { Variant = CopyVariant.PteBatching6_15, Process = new() { Mapping = MappingKind.FilePrivate, SizeBytes = 128L << 20, Pins = PinShare.All } };
        using var instance = scenario.Build();
        Assert.Equal(32768, instance.CountFork().Counts.PagesCopied);
        Assert.Equal(ForkOutcome.Success, instance.LastOutcome);
    }
}
