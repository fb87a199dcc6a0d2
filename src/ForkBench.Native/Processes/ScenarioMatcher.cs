using ForkBench.Scenarios;

namespace ForkBench.Native.Processes;

/// <summary>
/// Finds the <see cref="ProcessScenario"/> closest to a VMA: its mapping,
/// the dominant folio size, the resident bytes rounded to whole 2 MiB, the
/// pinned bytes as a share of that size, and its advice.
/// </summary>
public static class ScenarioMatcher
{
    private const long Pmd = FolioEstimate.PmdBytes;

    public static ScenarioMatch Match(VmaLayout vma)
    {
        ArgumentNullException.ThrowIfNull(vma);
        MappingKind mapping;
        switch (vma.Kind)
        {
            case VmaKind.Special:
                return ScenarioMatch.None("device or kernel memory (pfnmap/io/mixedmap, vDSO): fork copies its entries without struct pages; no scenario models it");
            case VmaKind.Hugetlb:
                return ScenarioMatch.None("hugetlb memory: fork copies it with copy_hugetlb_page_range(); no scenario models it");
            case VmaKind.AnonPrivate:
                mapping = MappingKind.AnonPrivate;
                break;
            case VmaKind.AnonShared:
                mapping = MappingKind.AnonShared;
                break;
            case VmaKind.FilePrivate:
                mapping = MappingKind.FilePrivate;
                break;
            default:
                mapping = MappingKind.FileShared;
                break;
        }
        // Private anonymous memory is what fork copies; elsewhere every
        // resident page (page cache, shmem) is what the scenario holds.
        long resident = mapping == MappingKind.AnonPrivate ? vma.AnonymousBytes : vma.ResidentBytes;
        if (resident == 0)
            return ScenarioMatch.None("nothing resident");
        // vma_needs_copy(): a private file mapping without an anon_vma is
        // refaulted by the child, not copied; no anonymous page means
        // (almost always) no anon_vma.
        if (mapping == MappingKind.FilePrivate && vma.AnonymousBytes == 0)
            return ScenarioMatch.None("private file mapping never written (no anonymous page): fork copies none of its page tables");
        long size = (resident + Pmd / 2) / Pmd * Pmd;
        if (size == 0)
            return ScenarioMatch.None($"{LayoutText.Bytes(resident)} resident: below the smallest scenario (2MiB)");
        var notes = new List<string>();
        if (size != resident)
            notes.Add($"{LayoutText.Bytes(resident)} resident, rounded to {LayoutText.Bytes(size)}");
        FolioSize folio = FolioSize.Small;
        if (mapping == MappingKind.AnonPrivate && vma.AnonHugeBytes > 0)
        {
            folio = vma.AnonHugeBytes * 2 >= resident ? FolioSize.Thp : FolioSize.Small;
            if (vma.AnonHugeBytes < resident)
                notes.Add($"{LayoutText.Bytes(vma.AnonHugeBytes)} of it in THPs, counted as all {folio.Token}");
        }
        PinShare pins = Share(vma.PinnedBytes, size);
        if (!pins.IsNone)
        {
            long modelled = pins.PagesOf(size / FolioEstimate.PageBytes) * FolioEstimate.PageBytes;
            if (modelled != vma.PinnedBytes)
                notes.Add($"{LayoutText.Bytes(vma.PinnedBytes)} pinned, as {pins.Token} ({LayoutText.Bytes(modelled)})");
            if (vma.PinnedRuns > 1)
                notes.Add($"pins in {vma.PinnedRuns} runs, placed as one region at the start");
        }
        var scenario = new ProcessScenario
        {
            Mapping = mapping,
            Folio = folio,
            SizeBytes = size,
            Pins = pins,
            Advice = vma.Advice,
        };
        if (scenario.Problem is { } problem)
            return ScenarioMatch.None(problem);
        return new ScenarioMatch(scenario, notes.Count > 0 ? string.Join("; ", notes) : null);
    }

    /// <summary>
    /// The share nearest on a log scale: "all", or the first 1/2^k of the
    /// buffer (io_uring and RDMA pin contiguous registrations, so a pinned
    /// share is one region, not spread pages).
    /// </summary>
    private static PinShare Share(long pinned, long size)
    {
        if (pinned <= 0)
            return PinShare.None;
        double exponent = Math.Round(Math.Log2((double)size / pinned));
        if (exponent < 1)
            return PinShare.All;
        int divisor = (int)Math.Min(1L << (int)Math.Min(exponent, 30), size / FolioEstimate.PageBytes);
        return divisor > 1 ? PinShare.First(divisor) : PinShare.All;
    }
}
