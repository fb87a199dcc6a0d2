using System.CommandLine;
using System.Globalization;
using ForkBench.Benchmarks.Study;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Twins;
using ForkBench.Kernel.Fork;
using ForkBench.Native;
using ForkBench.Native.Host;
using ForkBench.Native.IoUring;
using ForkBench.Reporting.Model;
using ForkBench.Reporting.Output;
using ForkBench.Reporting.Study;
using ForkBench.Results.Documents;
using ForkBench.Results.IO;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench study pinned-large-folio</c>: one question answered end to
/// end for a mailing-list post (measure, count, predict, write the report
/// folder). The pieces live elsewhere: the sweep in ForkBench.Native, the
/// joining in <see cref="PinnedFolioStudyBuilder"/>, the text and the plot
/// in ForkBench.Reporting; this class reads options and runs them in order.
/// </summary>
public sealed class StudyCommand : ForkBenchCommand
{
    public const string PinnedLargeFolio = "pinned-large-folio";

    private const long GiB = 1L << 30;

    private readonly Option<string> _sizes = CommandOptions.Text("sizes", "list",
        "buffer sizes, \"64M,256M\" (the default) or a range \"64M..256M\"; multiples of 2 MiB, at most 1 GiB; the table " +
        "reads the largest, and the model counts at it");

    private readonly Option<string> _results = ResultsArguments.ResultsOption();

    // Hidden: for tests and quick looks only, a subset of the folio sizes.
    private readonly Option<string> _folios = HiddenOption(CommandOptions.Text("folios", "tokens",
        "only these folio sizes, e.g. 4k,thp (default: 4k, 16k .. 1m, thp)"));

    // Hidden: for tests, a shorter time per point than the quick preset's second.
    private readonly Option<double?> _budget = HiddenOption(CommandOptions.Number("budget", "seconds",
        "time per point once the minimum samples are in (default 1)", 0, 60));

    public StudyCommand() : base("study", "one question studied end to end, written as a report folder for a mailing list")
    {
        var pinned = new Command(PinnedLargeFolio,
            "fork() cost of pinned large folios by folio size: measured, counted by the model, predicted per proposal")
        {
            _sizes, _results, _folios, _budget,
        };
        pinned.SetAction(parsed => ResultsArguments.Guard($"study {PinnedLargeFolio}", parsed.InvocationConfiguration.Error,
            () => RunPinnedLargeFolio(parsed, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error)));
        Subcommands.Add(pinned);
    }

    public override string Details =>
        """
        Usage: forkbench study pinned-large-folio [--sizes 64M,256M] [--results <dir>]

        pinned-large-folio: since 6.9, copy_present_ptes() batches the PTEs of
        a large folio (folio_pte_batch()); when folio_try_dup_anon_rmap_ptes()
        refuses a maybe-pinned folio, copy_pte_range() copies one page and
        batches the rest of the folio again: about n^2/2 PTE reads for an
        n-page folio. The study forks a buffer of each folio size (4 KiB,
        mTHP 16 KiB .. 1 MiB, PMD THP), all pinned by io_uring and unpinned,
        counts the same process in the kernel model under this kernel's
        variant, proposal-batch-no-retry and proposal-exact-pincount, prices
        the counts with this host's calibration (predictions, labelled so),
        and writes
        results/reports/study-pinned-large-folio-<UTC time>/ with report.txt
        (80 columns, ASCII), pinned-large-folio.svg and .png, and native.json
        (the measurements as a run document, which calibrate --from reads).

        mTHP sizes are set through the sysfs knobs for the allocation only and
        restored, which needs root: without it those points are skipped and
        the report says so. Without a calibration the report shows the
        measurements and the counts and prints the command that calibrates.

        Exit codes: 0 done; 2 bad usage or a failed run; 130 interrupted (the
        report is still written with what was measured).
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error) =>
        throw new UsageException($"say 'study {PinnedLargeFolio}' (the only study so far)");

    private int RunPinnedLargeFolio(ParseResult parsed, TextWriter output, TextWriter error)
    {
        IReadOnlyList<long> sizes = ParseSizes(parsed.GetValue(_sizes) ?? "64M,256M");
        IReadOnlyList<FolioSize> folios = ParseFolios(parsed.GetValue(_folios));
        string resultsDirectory = ResultsArguments.ResultsDirectory(parsed.GetValue(_results));
        string reports = ResultsDirectory.Reports(resultsDirectory);
        if (WritableDirectory.Problem(reports) is { } problem)
            throw new UsageException(problem);
        if (!OperatingSystem.IsLinux())
            throw new UsageException("needs Linux");

        NativeSweepOptions preset = NativeSweepOptions.Quick;
        NativeSweepOptions options = preset with
        {
            Preset = $"{preset.Preset}+custom",
            SizesBytes = sizes,
            Scenarios = PinnedFolioStudyBuilder.Scenarios(folios),
            StopRule = preset.StopRule with { Budget = TimeSpan.FromSeconds(parsed.GetValue(_budget) ?? preset.StopRule.Budget.TotalSeconds) },
        };
        if (NativeSweep.Preflight(options, MemInfoParser.Parse(File.ReadAllText("/proc/meminfo"))) is { } refusal)
            throw new UsageException(refusal);
        string prefix = $"forkbench study {PinnedLargeFolio}";
        if (IoUringOpener.Probe() is { } noIoUring)
            error.WriteLine($"{prefix}: pinned points will be skipped: {noIoUring}");
        if (folios.Any(f => f.IsMthp) && !Environment.IsPrivilegedProcess)
            error.WriteLine($"{prefix}: not root: the mTHP points will be skipped (their folio size is set through sysfs)");
        string target = Path.Combine(reports, $"study-{PinnedLargeFolio}-{DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
        error.WriteLine($"{prefix}: writing to {ResultsArguments.Display(target)}");

        (NativeSweepResult result, bool cancelled) = Sweep(options, prefix, error);
        RunDocument document = NativeRunDocument.Create(result, RunInfoFactory.ToolVersion(),
            GitCommitReader.Read(SystemTextFileSource.Instance, Directory.GetCurrentDirectory()));
        CalibrationDocument? calibration = CalibrationFile.TryRead(CalibrationFile.PathFor(resultsDirectory, document.Host.Id));
        string nativeJson = Path.Combine(target, NativeJsonName);
        string hint = PrintedCommand.Forkbench(["calibrate", "--from", ResultsArguments.Display(nativeJson), .. ResultsArguments.ResultsOptionFor(resultsDirectory)]);

        var counter = new ModelTwinCounter();
        ModelTwin Count(string tail, CopyVariant variant)
        {
            error.WriteLine($"{prefix}: counting {tail} under {variant.Id}");
            return counter.Count(tail, variant);
        }
        PinnedFolioStudy study = PinnedFolioStudyBuilder.Build(result, document.Host, Header(document), folios, sizes.Max(),
            cancelled ? null : Count, calibration, hint);

        var content = new ReportContent(PinnedFolioTextWriter.Write(study), [new PlotFile(PinnedFolioPlot.FileName, PinnedFolioPlot.Create(study))])
        {
            Attachments = [new ReportAttachment(NativeJsonName, RunDocumentSerializer.Serialize(document))],
        };
        ReportWriteResult written = new ReportWriter().Write(content, target);
        output.Write(File.ReadAllText(Path.Combine(written.Directory, ReportWriter.TextFileName)));
        error.WriteLine($"{prefix}: wrote {ResultsArguments.Display(written.Directory)} ({string.Join(", ", written.Files)}) in {result.Duration.TotalSeconds:0} s of measuring");
        if (cancelled)
            return ExitCodes.Interrupted;
        return result.Incomplete ? ExitCodes.UsageOrDataError : ExitCodes.Success;
    }

    /// <summary>The run document inside the report folder.</summary>
    public const string NativeJsonName = "native.json";

    private static (NativeSweepResult Result, bool Cancelled) Sweep(NativeSweepOptions options, string prefix, TextWriter error)
    {
        // The sweep stops at the next fork boundary and cleans up; the report is still written.
        using var stop = new StopSignals(error, $"{prefix}: stopping after the current fork (children reaped, buffers released, THP knobs restored)");
        NativeSweepResult result = new NativeSweep(options, progress: p => error.WriteLine(NativeProgressFormatter.Format(p))).Run(stop.Token);
        return (result, stop.IsStopped);
    }

    /// <summary>The report header from the host the run document records, as the standard report has it.</summary>
    private static ReportHeader Header(RunDocument document)
    {
        var host = document.Host;
        return new ReportHeader(host.KernelRelease, host.CpuModel, host.Cores, host.MemoryBytes,
            [new ThpSetting("enabled", host.TransparentHugePages.Enabled), new ThpSetting("defrag", host.TransparentHugePages.Defrag)],
            document.Run.ToolVersion)
        {
            Commit = document.Run.GitCommit,
            Virtualization = host.Virtualization,
            ModelVariant = KernelReleaseMatch.For(host.KernelRelease).Reason,
        };
    }

    private static IReadOnlyList<long> ParseSizes(string text)
    {
        IReadOnlyList<long> sizes;
        try
        {
            sizes = ByteSize.ParseList(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"option --sizes: {e.Message}");
        }
        if (sizes.Count == 0)
            throw new UsageException("option --sizes: no size given");
        // 2 MiB multiples: a THP buffer and a 4 KiB one then cover the same pages.
        foreach (long size in sizes)
        {
            if (size <= 0 || size % (2 * ByteSize.MiB) != 0)
                throw new UsageException($"option --sizes: size {ByteSize.Format(size)} is not a multiple of 2 MiB");
        }
        if (sizes.Any(s => s > GiB))
            throw new UsageException("option --sizes: at most 1 GiB (a pinned fork copies the whole buffer)");
        return sizes;
    }

    private static IReadOnlyList<FolioSize> ParseFolios(string? text)
    {
        if (text is null)
            return PinnedFolioStudyBuilder.DefaultFolios;
        var folios = new List<FolioSize>();
        foreach (string token in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            FolioSize folio;
            try
            {
                folio = FolioSize.Parse(token);
            }
            catch (FormatException e)
            {
                throw new UsageException($"option --folios: {e.Message}");
            }
            if (!PinnedFolioStudyBuilder.DefaultFolios.Contains(folio))
                throw new UsageException($"option --folios: the study does not measure {folio.Token}");
            folios.Add(folio);
        }
        if (folios.Count == 0)
            throw new UsageException("option --folios: no folio size given");
        return [.. folios.Distinct().OrderBy(f => f.KiB).ThenBy(f => f.PmdMapped)];
    }

    private static Option<T> HiddenOption<T>(Option<T> option)
    {
        option.Hidden = true;
        return option;
    }
}
