using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Fitting;
using ForkBench.Calibration.Twins;
using ForkBench.Kernel.Fork;
using ForkBench.Native;
using ForkBench.Native.Scenarios;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Study;
using ForkBench.Results.Hosts;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Study;

/// <summary>
/// Joins the three sources of the pinned large-folio study: the native
/// sweep's measurements, the kernel model's exact counts of each folio
/// size fully pinned (under the kernel's variant and the two proposals),
/// and this host's calibration, which prices the counts. Every price is a
/// prediction and is kept apart from the measurements.
/// </summary>
public static class PinnedFolioStudyBuilder
{
    private const double GiB = 1L << 30;

    /// <summary>The proposals that end the re-scan of a pinned large folio, with their column labels.</summary>
    public static IReadOnlyList<(CopyVariant Variant, string Short)> Proposals { get; } =
        [(CopyVariant.ProposalBatchNoRetry, "no-retry"), (CopyVariant.ProposalExactPinCount, "exact-pin")];

    /// <summary>Every folio size the study measures by default: 4 KiB, each mTHP size from 16 KiB to 1 MiB, and PMD THP.</summary>
    public static IReadOnlyList<FolioSize> DefaultFolios { get; } =
        [FolioSize.Small, .. new[] { 16, 32, 64, 128, 256, 512, 1024 }.Select(FolioSize.PteMapped), FolioSize.Thp];

    /// <summary>
    /// The sweep's scenarios: every folio unpinned first, then every folio
    /// pinned, since the first pin sets MMF_HAS_PINNED on the process for good.
    /// </summary>
    public static IReadOnlyList<NativeScenario> Scenarios(IReadOnlyList<FolioSize> folios) =>
    [
        .. folios.Select(f => new NativeScenario(SpawnKind.Fork, Process(f, PinShare.None))),
        .. folios.Select(f => new NativeScenario(SpawnKind.Fork, Process(f, PinShare.All))),
    ];

    /// <summary>The variants priced: the one modelling <paramref name="kernelRelease"/> (when there is one), then the proposals.</summary>
    public static IReadOnlyList<(CopyVariant Variant, StudyVariant Label)> Variants(string kernelRelease)
    {
        var list = new List<(CopyVariant, StudyVariant)>();
        if (KernelReleaseMatch.For(kernelRelease).Variant is { } today)
            list.Add((today, new StudyVariant(today.Id, "today", IsToday: true)));
        list.AddRange(Proposals.Select(p => (p.Variant, new StudyVariant(p.Variant.Id, p.Short, IsToday: false))));
        return list;
    }

    /// <param name="result">The native sweep (its host and measurements).</param>
    /// <param name="host">The host as the run document records it.</param>
    /// <param name="header">The report header.</param>
    /// <param name="folios">The folio sizes, smallest first.</param>
    /// <param name="modelSizeBytes">The size the model counts at.</param>
    /// <param name="count">The model's twin of a tail under a variant; null to leave the model out (an interrupted run).</param>
    /// <param name="calibration">This host's calibration, or null.</param>
    /// <param name="calibrateHint">The command that calibrates this host, shown without a calibration.</param>
    public static PinnedFolioStudy Build(NativeSweepResult result, HostInfo host, ReportHeader header, IReadOnlyList<FolioSize> folios,
        long modelSizeBytes, Func<string, CopyVariant, ModelTwin>? count, CalibrationDocument? calibration, string calibrateHint)
    {
        long measuredSize = result.Options.SizesBytes.Max();
        var variants = Variants(host.KernelRelease);
        var notes = new List<string>();
        if (variants.All(v => !v.Label.IsToday))
            notes.Add($"no model variant stands for this kernel ({KernelReleaseMatch.For(host.KernelRelease).Reason}): only the proposals are priced");
        if (result.Incomplete)
            notes.Add($"the run stopped early ({result.IncompleteReason ?? "interrupted"}): what was measured is shown");
        if (count is null)
            notes.Add("the model was not counted (the run was interrupted): no counts and no predictions");
        if (calibration is not null && calibration.KernelRelease != host.KernelRelease)
            notes.Add($"the calibration was made on kernel {calibration.KernelRelease}, this is {host.KernelRelease}: calibrate again");
        notes.AddRange(result.Warnings);

        var rows = folios.Select(f => Row(f, result, measuredSize, modelSizeBytes, variants.Select(v => v.Variant).ToList(), count, calibration)).ToList();
        FittedCost? pteRead = calibration?.Costs.FirstOrDefault(c => c.Column == CostColumn.PteReads.Key);
        FittedCost? compare = calibration?.Costs.FirstOrDefault(c => c.Column == CostColumn.PteBatchCompares.Key && c.Exercised && c.MergedInto is null);
        return new PinnedFolioStudy
        {
            Header = header,
            MeasuredSizeBytes = measuredSize,
            ModelSizeBytes = modelSizeBytes,
            Variants = variants.Select(v => v.Label).ToList(),
            Rows = rows,
            Provenance = calibration?.Provenance,
            PteRead = pteRead is null ? null : new PteReadCost(pteRead.CostNs, pteRead.LowerNs, pteRead.UpperNs),
            PteBatchCompare = compare is null ? null : new PteReadCost(compare.CostNs, compare.LowerNs, compare.UpperNs),
            CalibrateHint = calibration is null ? calibrateHint : null,
            Notes = notes,
        };
    }

    private static PinnedFolioRow Row(FolioSize folio, NativeSweepResult result, long measuredSize, long modelSize,
        IReadOnlyList<CopyVariant> variants, Func<string, CopyVariant, ModelTwin>? count, CalibrationDocument? calibration)
    {
        (double? pinned, string? pinnedWhy, double? first) = Measured(result, Process(folio, PinShare.All), measuredSize);
        (double? unpinned, string? unpinnedWhy, _) = Measured(result, Process(folio, PinShare.None), measuredSize);
        string tail = (Process(folio, PinShare.All) with { SizeBytes = modelSize }).Tail;
        List<ModelTwin> twins = count is null ? [] : [.. variants.Select(v => count(tail, v))];
        long folios = Math.Max(1, modelSize / folio.Bytes);
        return new PinnedFolioRow
        {
            Folio = folio.Token,
            FolioKiB = folio.KiB,
            PinnedNsPerGiB = pinned,
            PinnedMissing = pinnedWhy,
            UnpinnedNsPerGiB = unpinned,
            UnpinnedMissing = unpinnedWhy,
            FirstForkNsPerGiB = first,
            PredictedNsPerGiB = twins.Select(t => t.Counts is { } c && calibration is not null ? calibration.PredictNs(c) * GiB / modelSize : (double?)null).ToList(),
            PredictionUndetermined = twins.Select(t => t.Counts is { } c && calibration is not null && calibration.PredictionIsUndetermined(c)).ToList(),
            PteReadsPerFolio = twins.Select(t => t.Counts is { } c ? c.GetValueOrDefault("pteReads") / (double)folios : (double?)null).ToList(),
            PagesCopied = twins.Select(t => t.Counts is { } c ? c.GetValueOrDefault("pagesCopied") : (long?)null).ToList(),
            ModelMissing = count is null ? "not counted" : twins.FirstOrDefault(t => t.Refusal is not null) is { } refused ? $"{refused.VariantId}: {refused.Refusal}" : null,
        };
    }

    /// <summary>The point's marginal median and marginal first fork per GiB, or why it has none.</summary>
    private static (double? NsPerGiB, string? Missing, double? FirstNsPerGiB) Measured(NativeSweepResult result, ProcessScenario process, long size)
    {
        string id = new NativeScenario(SpawnKind.Fork, process).IdFor(size);
        NativeMeasurement? point = result.Measurements.FirstOrDefault(m => m.Id == id);
        if (point is null)
            return (null, result.Incomplete ? "not measured (the run stopped early)" : "not measured", null);
        if (point.SkipReason is { } skip)
            return (null, "skipped: " + skip, null);
        if (point.MarginalMedianNs is not { } marginal)
            return (null, point.Summary is null ? "no samples" : "no floor to subtract (the no-buffer fork was not measured)", null);
        double scale = GiB / size;
        return (marginal * scale, null, point.MarginalFirstForkNs is { } first ? first * scale : null);
    }

    private static ProcessScenario Process(FolioSize folio, PinShare pins) => new() { Folio = folio, Pins = pins };
}
