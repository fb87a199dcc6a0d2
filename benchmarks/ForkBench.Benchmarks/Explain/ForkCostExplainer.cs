using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Twins;
using ForkBench.Kernel.Fork;
using ForkBench.Native.Processes;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Explain;

/// <summary>
/// Prices a live process's layout: each VMA's scenario is counted in the
/// kernel model under the variant of the running kernel and priced with the
/// host's calibration; the fixes are the same scenarios changed (DONTFORK,
/// WIPEONFORK, MAP_SHARED, 4 KiB pages) and priced again, so every saving
/// is a difference of two predictions, never a rule of thumb. Range fixes
/// are offered for pinned ranges only; posix_spawn for the whole process.
/// </summary>
public sealed class ForkCostExplainer(CalibrationDocument calibration, ModelTwinCounter twins, CopyVariant variant, string variantReason)
{
    /// <summary>A VMA costing less than this share of the fork gets no fix of its own.</summary>
    public const double FixShare = 0.01;

    /// <summary>Fixes are offered for at most this many of the most expensive VMAs.</summary>
    public const int FixedVmas = 5;

    public ForkCostExplanation Explain(ProcessLayout layout)
    {
        VmaCost[] costs = [.. layout.Vmas.Select(Price).OrderByDescending(c => c.PredictedNs ?? -1)];
        double total = costs.Sum(c => c.PredictedNs ?? 0);
        var fixes = new List<ForkCostFix>();
        foreach (VmaCost cost in costs.Where(c => c.PredictedNs is { } ns && total > 0 && ns >= FixShare * total).Take(FixedVmas))
            fixes.AddRange(FixesFor(cost));
        if (total > 0)
        {
            fixes.Add(new ForkCostFix("posix_spawn() or vfork() instead of fork(), where the child execs at once",
                "only for a child that calls exec straight away: it shares the parent's memory until then, and the parent waits",
                total));
        }
        var notes = new List<string>();
        if (layout.UnplacedPinnedBytes is > 0 and var unplaced)
            notes.Add($"{LayoutText.Bytes(unplaced)} of VmPin lie in no known range (RDMA, GPU or vfio pins?): their copies are not in the prediction");
        if (layout.UnplacedPinnedBytes is null)
            notes.Add("VmPin could not be read: pins other than io_uring's are not in the prediction");
        int unpriced = costs.Count(c => c.PredictedNs is null && c.Vma.ResidentBytes > 0);
        if (unpriced > 0)
            notes.Add($"{unpriced} resident mapping(s) have no price (no scenario, or one the model cannot build); --layout lists every mapping");
        return new ForkCostExplanation(layout, variantReason, calibration.Provenance, total, costs.Any(c => c.Undetermined),
            costs, [.. fixes.OrderByDescending(f => f.SavingNs)], [.. notes, .. layout.Warnings.Select(w => w.ToString())]);
    }

    private VmaCost Price(VmaLayout vma)
    {
        if (vma.Match.Scenario is not { } scenario)
            return new VmaCost(vma, null, null, false, vma.Match.Note);
        var (ns, undetermined, refusal) = PriceOf(scenario);
        return new VmaCost(vma, scenario.Tail, ns, undetermined, refusal ?? vma.Match.Note);
    }

    private (double? Ns, bool Undetermined, string? Refusal) PriceOf(ProcessScenario scenario)
    {
        // A running process's next fork finds the memory it wrote since its last fork (or ever): its first fork.
        ModelTwin twin = twins.Count(scenario.Tail, variant, TwinFork.First);
        return twin.Counts is { } counts
            ? (calibration.PredictNs(counts), calibration.PredictionIsUndetermined(counts), null)
            : (null, false, twin.Refusal);
    }

    private IEnumerable<ForkCostFix> FixesFor(VmaCost cost)
    {
        ProcessScenario scenario = cost.Vma.Match.Scenario!;
        // The range fixes are for pinned buffers: an unpinned range is
        // shared by reference at fork, and dropping it from the child (the
        // heap, say) would break the program for a small saving.
        if (scenario.Pins.IsNone || scenario.UnpinBeforeFork)
            yield break;
        double before = cost.PredictedNs!.Value;
        string where = $"{cost.Vma.Start:x}-{cost.Vma.End:x} ({LayoutText.Bytes(cost.Vma.SizeBytes)}, {Describe(scenario)})";
        if (scenario.Advice == ForkAdvice.None)
        {
            if (Saving(scenario with { Advice = ForkAdvice.DontFork }, before) is { } dontFork)
                yield return new ForkCostFix($"MADV_DONTFORK on {where}", "the child has no such range: touching it there is a SIGSEGV", dontFork);
            if (Saving(scenario with { Advice = ForkAdvice.WipeOnFork }, before) is { } wipe)
                yield return new ForkCostFix($"MADV_WIPEONFORK on {where}", "the child sees the range zero-filled", wipe);
        }
        if (scenario.Mapping == MappingKind.AnonPrivate && Saving(scenario with { Mapping = MappingKind.AnonShared, Folio = FolioSize.Small }, before) is { } shared)
            yield return new ForkCostFix($"MAP_SHARED for {where}", "parent and child share the buffer: each sees the other's writes (no copy-on-write)", shared);
        if (scenario.Folio == FolioSize.Thp && !scenario.Pins.IsNone && Saving(scenario with { Folio = FolioSize.Small }, before) is { } small)
            yield return new ForkCostFix($"4 KiB pages instead of THP for {where} (MADV_NOHUGEPAGE before it is touched)",
                "more TLB misses for the parent's accesses to the range", small);
    }

    /// <summary>The predicted saving of changing the scenario, or null when it saves nothing or cannot be priced.</summary>
    private double? Saving(ProcessScenario changed, double before) =>
        PriceOf(changed) is { Ns: { } after } && before - after > 0 ? before - after : null;

    private static string Describe(ProcessScenario scenario)
    {
        string pins = scenario.Pins.IsNone ? "" : scenario.Pins.Divisor == 1 ? "pinned " : $"1/{scenario.Pins.Divisor} pinned ";
        string folio = scenario.Folio == FolioSize.Thp ? "THP" : scenario.Folio == FolioSize.Small ? "4 KiB pages" : $"{scenario.Folio.KiB} KiB folios";
        return pins + folio;
    }
}
