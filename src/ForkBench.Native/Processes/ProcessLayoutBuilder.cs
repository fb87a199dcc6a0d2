using ForkBench.Native.Host;

namespace ForkBench.Native.Processes;

/// <summary>
/// Turns what was read from /proc (parsed smaps, status, io_uring tables,
/// kernel facts) into a <see cref="ProcessLayout"/>. Pure: the reader does
/// the I/O, and tests build layouts from captured files.
/// </summary>
public static class ProcessLayoutBuilder
{
    public static ProcessLayout Build(
        int pid,
        ProcessStatus status,
        IReadOnlyList<SmapsMapping> mappings,
        IReadOnlyList<IoUringRing> rings,
        KernelFacts kernel,
        IEnumerable<LayoutWarning>? readWarnings = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(mappings);
        ArgumentNullException.ThrowIfNull(rings);
        ArgumentNullException.ThrowIfNull(kernel);
        var warnings = new List<LayoutWarning>(readWarnings ?? []);
        PinnedRanges pinned = PinnedRanges.From(rings.SelectMany(r => r.Info.Buffers));
        var vmas = mappings.Select(m => Vma(m, pinned)).ToList();

        warnings.Add(FolioAssumption(kernel));
        warnings.Add(new LayoutWarning(LayoutWarningKind.Assumption,
            "pins: VmPin counts what io_uring and RDMA account; a driver that pins without accounting (some GPU drivers) is invisible, and vfio counts its pins in VmLck"));
        if (mappings.Count > 0 && mappings.All(m => m.FieldOrNull("AnonHugePages") is null))
            warnings.Add(new LayoutWarning(LayoutWarningKind.FieldMissing, "smaps has no AnonHugePages on this kernel: THP counted as 0"));
        foreach (IoUringRing ring in rings)
        {
            if (ring.Info.DeclaredBuffers is null)
                warnings.Add(new LayoutWarning(LayoutWarningKind.IoUringIncomplete,
                    $"io_uring fd {ring.Fd}: this kernel's fdinfo lists no registered buffers; its pins are not placed in any range"));
            else if (!ring.Info.ListedAll)
                warnings.Add(new LayoutWarning(LayoutWarningKind.IoUringIncomplete,
                    $"io_uring fd {ring.Fd} declares {ring.Info.DeclaredBuffers} buffers but listed {ring.Info.Buffers.Count + ring.Info.EmptySlots} (the ring was busy): pinned ranges may be missing"));
        }
        foreach ((ulong start, ulong end) in pinned.Ranges)
        {
            long inside = vmas.Sum(v => Overlap(v.Start, v.End, start, end));
            if (inside < (long)(end - start))
                warnings.Add(new LayoutWarning(LayoutWarningKind.IoUringMismatch,
                    $"io_uring buffer {start:x}-{end:x}: {LayoutText.Bytes((long)(end - start) - inside)} of it outside every mapping (unmapped after registering?): fork does not copy it"));
        }

        long ioUringAccounted = rings.Sum(r => PinnedRanges.From(r.Info.Buffers).TotalBytes);
        long? unplaced = null;
        if (status.VmPinBytes is not { } vmPin)
        {
            warnings.Add(new LayoutWarning(LayoutWarningKind.VmPinUnknown,
                $"VmPin unreadable (/proc/{pid}/status has none): assumed only the io_uring buffers listed ({LayoutText.Bytes(pinned.TotalBytes)}) are pinned"));
        }
        else
        {
            unplaced = Math.Max(0, vmPin - ioUringAccounted);
            if (unplaced > 0)
                warnings.Add(new LayoutWarning(LayoutWarningKind.UnplacedPins,
                    $"VmPin is {LayoutText.Bytes(vmPin)} but io_uring accounts for {LayoutText.Bytes(ioUringAccounted)}: {LayoutText.Bytes(unplaced.Value)} pinned by something else (RDMA, a GPU driver); where is not visible, so no range carries it"));
            else if (ioUringAccounted > vmPin)
                warnings.Add(new LayoutWarning(LayoutWarningKind.IoUringMismatch,
                    $"io_uring buffers account for {LayoutText.Bytes(ioUringAccounted)} but VmPin is {LayoutText.Bytes(vmPin)}: a ring may have been created by another process (its pins count there)"));
        }

        return new ProcessLayout
        {
            Pid = pid,
            Name = status.Name ?? "",
            Status = status,
            Kernel = kernel,
            Vmas = vmas,
            Rings = rings,
            IoUringPinnedBytes = pinned.TotalBytes,
            UnplacedPinnedBytes = unplaced,
            Warnings = warnings,
        };
    }

    private static VmaLayout Vma(SmapsMapping mapping, PinnedRanges pinned)
    {
        VmFlag flags = VmFlagParser.Parse(mapping.VmFlags);
        long anonHuge = mapping.FieldOrZero("AnonHugePages");
        long pmdMapped = anonHuge + mapping.FieldOrZero("ShmemPmdMapped") + mapping.FieldOrZero("FilePmdMapped");
        long resident = mapping.FieldOrZero("Rss");
        (long pinnedBytes, int runs) = pinned.Within(mapping.Start, mapping.End);
        var vma = new VmaLayout
        {
            Start = mapping.Start,
            End = mapping.End,
            Permissions = mapping.Permissions,
            Name = mapping.Name,
            Kind = VmaClassifier.Classify(mapping, flags),
            Flags = flags,
            ResidentBytes = resident,
            AnonymousBytes = mapping.FieldOrZero("Anonymous"),
            AnonHugeBytes = anonHuge,
            ShmemPmdMappedBytes = mapping.FieldOrZero("ShmemPmdMapped"),
            FilePmdMappedBytes = mapping.FieldOrZero("FilePmdMapped"),
            LockedBytes = mapping.FieldOrZero("Locked"),
            ThpEligible = mapping.FieldOrNull("THPeligible") is { } eligible ? eligible != 0 : null,
            Folios = new FolioEstimate(pmdMapped, Math.Max(0, resident - pmdMapped)),
            PinnedBytes = pinnedBytes,
            PinnedRuns = runs,
        };
        return vma with { Match = ScenarioMatcher.Match(vma) };
    }

    private static long Overlap(ulong start, ulong end, ulong otherStart, ulong otherEnd)
    {
        ulong from = Math.Max(start, otherStart), to = Math.Min(end, otherEnd);
        return to > from ? (long)(to - from) : 0;
    }

    private static LayoutWarning FolioAssumption(KernelFacts kernel)
    {
        string text = "folio sizes: PMD-mapped THP counted as 2MiB folios, everything else as 4KiB pages; smaps cannot show mTHP sizes";
        if (kernel.MthpSizesKiB.Count > 0)
            text += $", and mTHP {string.Join(", ", kernel.MthpSizesKiB.Select(k => LayoutText.Bytes(k * 1024L)))} is enabled here, so part of that memory may be in larger folios";
        return new LayoutWarning(LayoutWarningKind.Assumption, text);
    }
}
