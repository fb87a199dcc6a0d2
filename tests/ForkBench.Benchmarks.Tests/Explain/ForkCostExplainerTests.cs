using ForkBench.Benchmarks.Explain;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Twins;
using ForkBench.Kernel.Fork;
using ForkBench.Native.Processes;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Tests.Explain;

/// <summary>
/// The explanation of a layout: each mapping priced as its scenario, and
/// every fix the same scenario changed and priced again. Known prices: one
/// ns per page copied, 10 per PMD split, nothing else, so the expected
/// figures follow from the model's exact counts.
/// </summary>
public class ForkCostExplainerTests
{
    private const long MiB = 1 << 20;

    private static readonly CalibrationDocument Prices = new(
        CalibrationDocument.CurrentSchemaVersion, "test-host-2c-24g-k6.18-kvm-00000000", "6.18.0", "pte-batch-6.15", "kernel 6.18 -> pte-batch-6.15",
        ["r1"], new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 0, 1,
        [new FittedCost("pages-copied", 1, 1, 1), new FittedCost("pmd-splits", 10, 10, 10)], [], [], [], [], []);

    private static VmaLayout Vma(ulong start, long bytes, ProcessScenario? scenario) => new()
    {
        Start = start,
        End = start + (ulong)bytes,
        ResidentBytes = bytes,
        AnonymousBytes = bytes,
        Match = scenario is null ? ScenarioMatch.None("no anonymous pages") : new ScenarioMatch(scenario, null),
    };

    private static ForkCostExplanation Explain(params VmaLayout[] vmas) =>
        new ForkCostExplainer(Prices, new ModelTwinCounter(), CopyVariant.PteBatching6_15, "kernel 6.18 -> pte-batch-6.15")
            .Explain(new ProcessLayout { Pid = 42, Name = "test", Vmas = vmas, UnplacedPinnedBytes = 0 });

    [Fact]
    public void A_pinned_range_is_priced_by_its_copies_and_its_fixes_are_priced_changes()
    {
        var pinned = new ProcessScenario { SizeBytes = 4 * MiB, Pins = PinShare.All };
        var plain = new ProcessScenario { SizeBytes = 4 * MiB };

        ForkCostExplanation e = Explain(Vma(0x100000000, 4 * MiB, pinned), Vma(0x200000000, 4 * MiB, plain), Vma(0x300000000, 2 * MiB, null));

        // 1024 pinned 4 KiB pages are copied, 1 ns each; the plain range copies nothing.
        Assert.Equal(1024, e.TotalNs, 6);
        Assert.Equal(1024, e.Costs[0].PredictedNs!.Value, 6);
        Assert.Equal(0x100000000UL, e.Costs[0].Vma.Start);
        Assert.Null(e.Costs.Single(c => c.Vma.Start == 0x300000000).PredictedNs);
        Assert.Equal(["MADV_DONTFORK", "MADV_WIPEONFORK", "MAP_SHARED", "posix_spawn()"],
            e.Fixes.Select(f => f.Change.Split(' ')[0]));
        Assert.All(e.Fixes, f => Assert.Equal(1024, f.SavingNs, 6));
        Assert.Contains("1 resident mapping(s) have no price", Assert.Single(e.Notes));
    }

    [Fact]
    public void Pinned_THP_is_offered_4_KiB_pages_priced_by_the_split_it_saves()
    {
        var thp = new ProcessScenario { SizeBytes = 4 * MiB, Folio = FolioSize.Thp, Pins = PinShare.All };

        ForkCostExplanation e = Explain(Vma(0x100000000, 4 * MiB, thp));

        // Two pinned 2 MiB folios: split (10 ns each) and 1024 pages copied.
        Assert.Equal(1044, e.TotalNs, 6);
        ForkCostFix small = Assert.Single(e.Fixes, f => f.Change.StartsWith("4 KiB pages", StringComparison.Ordinal));
        Assert.Equal(20, small.SavingNs, 6);
        Assert.Contains("MADV_NOHUGEPAGE", small.Change);
    }

    [Fact]
    public void An_unpinned_range_gets_no_range_fix_only_posix_spawn()
    {
        var plain = new ProcessScenario { SizeBytes = 4 * MiB };
        // Priced by its PTE writes: 1 ns each.
        CalibrationDocument perPte = Prices with { Costs = [new FittedCost("pte-writes", 1, 1, 1)] };

        ForkCostExplanation e = new ForkCostExplainer(perPte, new ModelTwinCounter(), CopyVariant.PteBatching6_15, "kernel 6.18 -> pte-batch-6.15")
            .Explain(new ProcessLayout { Pid = 42, Vmas = [Vma(0x100000000, 4 * MiB, plain)], UnplacedPinnedBytes = 0 });

        Assert.True(e.TotalNs >= 1024, $"{e.TotalNs}");
        Assert.Equal("posix_spawn()", Assert.Single(e.Fixes).Change.Split(' ')[0]);
    }

    [Fact]
    public void A_range_already_DONTFORK_is_not_offered_it_again_and_the_text_labels_predictions()
    {
        var advised = new ProcessScenario { SizeBytes = 4 * MiB, Pins = PinShare.All, Advice = ForkAdvice.DontFork };

        ForkCostExplanation e = Explain(Vma(0x100000000, 4 * MiB, advised));
        var text = new StringWriter();
        ExplanationTextWriter.Write(e, text);

        Assert.Equal(0, e.TotalNs);
        Assert.Empty(e.Fixes);
        Assert.Contains("predicted fork() cost: ", text.ToString());
        Assert.All(text.ToString().Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void Measure_reproduces_each_costly_mapping_alone_and_never_the_target()
    {
        if (ForkBench.Native.NativeSweep.UnsupportedReason is { } why)
        {
            Console.WriteLine($"skipped: {why}");
            return;
        }
        var plain = new ProcessScenario { SizeBytes = 2 * MiB };
        CalibrationDocument perPte = Prices with { Costs = [new FittedCost("pte-writes", 1, 1, 1)] };
        ForkCostExplanation e = new ForkCostExplainer(perPte, new ModelTwinCounter(), CopyVariant.PteBatching6_15, "kernel 6.18 -> pte-batch-6.15")
            .Explain(new ProcessLayout { Pid = 42, Vmas = [Vma(0x100000000, 2 * MiB, plain), Vma(0x200000000, 2 * MiB, null)], UnplacedPinnedBytes = 0 });
        var said = new List<string>();

        LayoutMeasurement measured = LayoutReproducer.Measure(e, said.Add, CancellationToken.None);

        var part = Assert.Single(measured.Parts);
        Assert.Equal("anon-4k/pin=none/rss=2mib", part.Tail);
        Assert.Null(part.Skipped);
        Assert.NotNull(part.MeasuredNs);
        Assert.True(measured.FloorNs > 0);
        Assert.Equal(["measuring anon-4k/pin=none/rss=2mib alone"], said);
    }
}
