using System.CommandLine;
using System.Globalization;
using ForkBench.Native;
using ForkBench.Native.Host;
using ForkBench.Native.IoUring;
using ForkBench.Native.Memory;
using ForkBench.Native.Scenarios;
using ForkBench.Results;
using ForkBench.Results.Documents;
using ForkBench.Results.IO;
using ForkBench.Results.Repository;
using ForkBench.Results.Serialization;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench native</c>: real fork latency on this kernel. The table goes
/// to stdout, progress and skip reasons to stderr. The measuring lives in
/// ForkBench.Native; this class only reads options and prints.
/// </summary>
public sealed class NativeCommand : ForkBenchCommand
{
    private const long GiB = 1L << 30;

    private readonly Option<bool> _quick = CommandOptions.Flag("quick",
        "preset for the main pipeline: sizes 64M,256M,1G, 1 s per point, interval target +-5% (under 2 minutes)");

    private readonly Option<string> _sizes = CommandOptions.Text("sizes", "list",
        "\"64M,256M,1G\" or a doubling range \"64M..1G\" (default 64M..1G; a bare number is MiB; multiples of 2 MiB)");

    private readonly Option<bool> _allowLarge = CommandOptions.Flag("allow-large", "allow sizes above 1 GiB");

    private readonly Option<string[]> _filter = new("--filter")
    {
        Description = "only the points whose id (as --list prints it) matches, comma-separated; a glob over an id " +
            "without the size selects every size, e.g. '*rss=64MiB,native/fork/anon-4k/pin=io_uring'. " +
            "The fork floor always runs (the reference of every marginal cost)",
        HelpName = "globs",
    };

    private readonly Option<string> _mthp = CommandOptions.Text("mthp", "KiB,...",
        "add mTHP scenarios for these folio sizes (16 to 1024), e.g. 64,256; writes hugepages-<N>kB/enabled for the " +
        "allocation only, then restores it (needs root: refused before measuring otherwise)");

    private readonly Option<bool> _cow = CommandOptions.Flag("cow", "also time the parent's first write to every page after fork (COW faults)");

    private readonly Option<bool> _leavePageReporting = CommandOptions.Flag("leave-page-reporting",
        "leave a VM's free page reporting on (by default, as root, it is held off while the sweep runs and restored " +
        "after: memory handed back to the host faults on the host when reused, which made pinned forks 2 to 3 times slower at random)");

    private readonly Option<double?> _budget = CommandOptions.Number("budget", "seconds",
        "time per point once --min-samples are in (default 4; quick 1)", 0, 3600);

    private readonly Option<int?> _minSamples = CommandOptions.Integer("min-samples", "n", "default 5 (quick 9)", 1, 10_000);
    private readonly Option<int?> _maxSamples = CommandOptions.Integer("max-samples", "n", "default 50 (quick 40, and 200 for the points on fresh buffers); given, it caps every point", 1, 100_000);

    private readonly Option<int?> _buffers = CommandOptions.Integer("buffers", "n",
        "fresh buffers, one after another, for each point whose fork only copies page tables (default 4, " +
        "5 rounds each, quick 25; more while the point needs rounds): where a buffer's memory sits averages out", 1, 1000);

    private readonly Option<int?> _roundsPerBuffer = CommandOptions.Integer("rounds-per-buffer", "n",
        "rounds (fork, floor, walk) on each of those buffers before the next is made (default 5, quick 25)", 1, 1000);

    private readonly Option<double?> _ciWidth = CommandOptions.Share("ci-width",
        "stop a point once its median's 95% interval is within +-this share (default 5%)", 0, 10);

    private readonly Option<double?> _childTimeout = CommandOptions.Number("child-timeout", "s",
        "kill and discard a child not gone after this (default 30)", 0.1, 3600);

    private readonly Option<double?> _margin = CommandOptions.Number("margin", "MiB",
        "memory always left free (default: the larger of 1 GiB and 10% of MemTotal)", 0, 1 << 30);

    private readonly Option<string> _json = CommandOptions.Text("json", "path",
        "also write the run as a result document (every sample; the fork's CPU time, exit+reap, COW writes, cost " +
        "over the floor and fork-per-walk under ids of their own) that compare, baseline, history and report read; " +
        "written atomically; an existing file " +
        "is refused unless --force");

    private readonly Option<bool> _force = CommandOptions.Flag("force", "let --json replace an existing file");
    private readonly Option<bool> _list = CommandOptions.Flag("list", "print the points that would run, and exit");

    // Hidden: for measuring the comparison's detection rate only (a known
    // change under an unchanged id); its measurements say so in a parameter.
    private readonly Option<double?> _testBufferScale = HiddenOption(CommandOptions.Number("test-buffer-scale", "factor",
        "testing the comparison only: map every buffer this many times its nominal size, under the nominal id", 0.25, 4));

    public NativeCommand() : base("native", "real fork() latency on this kernel: pinned buffers, THP, workarounds")
    {
        foreach (Option option in (Option[])[_quick, _sizes, _allowLarge, _filter, _mthp, _cow, _budget, _minSamples,
            _maxSamples, _buffers, _roundsPerBuffer, _ciWidth, _childTimeout, _margin, _leavePageReporting, _json, _force, _list, _testBufferScale])
            Options.Add(option);
    }

    public override string Details =>
        """
        Forks this process while it holds a buffer of each kind and size, with
        and without io_uring-pinned pages, and reports the median fork latency,
        the half-width of the median's 95% confidence interval, the quartiles,
        the cost over the floor (the fork minus a fork with the buffer hidden
        by MADV_DONTFORK, timed right after it), the fork's CPU time (robust
        on a busy machine), the first fork of a fresh buffer and the child's
        exit+reap, in ms. Where the page-table copy is fork's whole work on
        the buffer, each round also times a read of /proc/self/pagemap over
        it; the cost over the floor divided by that walk is the
        fork-per-walk figure of the --json document, which where the
        buffer's memory happens to sit moves far less than the fork. Those
        points are also measured on several fresh buffers in turn
        (--buffers), so that one buffer's placement does not decide the
        run's figure. Linux x86-64.
        Without io_uring the pinned scenarios are skipped with the reason.

        Exit codes: 0 done; 2 bad usage, memory refusal or a failed run;
        130 interrupted (partial results are still printed and written).
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        NativeSweepOptions options = ReadOptions(parsed);
        string? jsonPath = parsed.GetValue(_json);
        bool force = parsed.GetValue(_force);
        bool list = parsed.GetValue(_list);
        if (jsonPath is not null)
            CheckJsonTarget(jsonPath, force);

        if (list)
        {
            foreach (string id in NativeSweep.PlannedIds(options))
                output.WriteLine(id);
            return ExitCodes.Success;
        }
        if (!OperatingSystem.IsLinux())
        {
            error.WriteLine("forkbench native: needs Linux");
            return ExitCodes.UsageOrDataError;
        }
        if (NativeSweep.Preflight(options, MemInfoParser.Parse(File.ReadAllText("/proc/meminfo"))) is { } refusal)
        {
            error.WriteLine($"forkbench native: {refusal}");
            return ExitCodes.UsageOrDataError;
        }
        if (options.Scenarios.Any(s => s.UsesIoUring) && IoUringOpener.Probe() is { } noIoUring)
            error.WriteLine($"forkbench native: pinned scenarios will be skipped: {noIoUring}");
        return Sweep(options, jsonPath, force, output, error);
    }

    /// <summary>Refuses, before anything is measured, a --json target that would be lost or would clobber a file.</summary>
    private static void CheckJsonTarget(string jsonPath, bool force)
    {
        string full = Path.GetFullPath(jsonPath);
        string directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
            throw new UsageException($"option --json: the directory of '{jsonPath}' does not exist");
        if (Directory.Exists(full))
            throw new UsageException($"option --json: '{jsonPath}' is a directory");
        if (File.Exists(full) && !force)
            throw new UsageException($"option --json: '{jsonPath}' exists; pass --force to replace it, or choose another path");
        if (Results.IO.WritableDirectory.Problem(directory) is { } problem)
            throw new UsageException($"option --json: {problem}");
    }

    private static int Sweep(NativeSweepOptions options, string? jsonPath, bool force, TextWriter output, TextWriter error)
    {
        // The sweep stops at the next fork boundary and cleans up.
        using var stop = new StopSignals(error, "forkbench native: stopping after the current fork (children reaped, buffers released, THP knobs restored)");

        NativeSweepResult result = new NativeSweep(options, progress: p => error.WriteLine(NativeProgressFormatter.Format(p)))
            .Run(stop.Token);

        output.Write(NativeTableFormatter.Format(result));
        bool written = true;
        if (jsonPath is not null)
        {
            RunDocument document = NativeRunDocument.Create(result, RunInfoFactory.ToolVersion(),
                GitCommitReader.Read(SystemTextFileSource.Instance, Directory.GetCurrentDirectory()));
            written = WriteDocument(document, jsonPath, force, error);
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"forkbench native: finished in {result.Duration.TotalSeconds:0} s"));
        if (stop.IsStopped)
            return ExitCodes.Interrupted;
        return result.Incomplete || !written ? ExitCodes.UsageOrDataError : ExitCodes.Success;
    }

    /// <summary>
    /// Writes the run document; if the target cannot be written now (a
    /// second run took the path, the folder went read-only), the measured
    /// data is kept in the temporary folder and the path printed.
    /// </summary>
    private static bool WriteDocument(RunDocument document, string path, bool force, TextWriter error)
    {
        try
        {
            SavedRun saved = RunDocumentFile.WriteWithFallback(path, document, overwrite: force);
            if (saved.PrimaryFailure is { } failure)
                error.WriteLine($"forkbench native: {failure}; the run was saved to {saved.Path} instead");
            else
                error.WriteLine($"forkbench native: wrote {path} (run {document.Run.Id})");
            return !saved.IsFallback;
        }
        catch (ResultsDataException e)
        {
            error.WriteLine($"forkbench native: the run could not be saved anywhere: {e.Message}");
            return false;
        }
    }

    private NativeSweepOptions ReadOptions(ParseResult parsed)
    {
        NativeSweepOptions preset = parsed.GetValue(_quick) ? NativeSweepOptions.Quick : NativeSweepOptions.Default;
        string? sizeText = parsed.GetValue(_sizes);
        IReadOnlyList<long> sizes = sizeText is null ? preset.SizesBytes : ParseSizes(sizeText);
        if (!parsed.GetValue(_allowLarge) && sizes.Any(s => s > GiB))
            throw new UsageException("sizes above 1 GiB need --allow-large (a pinned fork copies the whole buffer)");

        IReadOnlyList<int> mthp = ParseMthp(parsed.GetValue(_mthp));
        IReadOnlyList<string> filters = (parsed.GetValue(_filter) ?? [])
            .SelectMany(f => f.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        IReadOnlyList<NativeScenario> scenarios = ScenarioCatalog.Default(mthp);

        var rule = preset.StopRule with
        {
            Budget = TimeSpan.FromSeconds(parsed.GetValue(_budget) ?? preset.StopRule.Budget.TotalSeconds),
            MinSamples = parsed.GetValue(_minSamples) ?? preset.StopRule.MinSamples,
            TargetRelativeHalfWidth = parsed.GetValue(_ciWidth) ?? preset.StopRule.TargetRelativeHalfWidth,
        };
        int maxSamples = parsed.GetValue(_maxSamples) ?? Math.Max(rule.MaxSamples, rule.MinSamples);
        if (maxSamples < rule.MinSamples)
            throw new UsageException($"option --max-samples: '{maxSamples}' is not an integer in [{rule.MinSamples}, 100000]");
        rule = rule with { MaxSamples = maxSamples };
        double marginMib = parsed.GetValue(_margin) ?? -1;

        bool custom = sizeText is not null || filters.Count > 0 || mthp.Count > 0;
        NativeSweepOptions options = preset with
        {
            Preset = custom ? $"{preset.Preset}+custom" : preset.Preset,
            SizesBytes = sizes,
            Scenarios = scenarios,
            Filters = filters,
            StopRule = rule,
            ChildTimeout = TimeSpan.FromSeconds(parsed.GetValue(_childTimeout) ?? preset.ChildTimeout.TotalSeconds),
            MeasureCowWrites = parsed.GetValue(_cow),
            HoldOffPageReportingAt = parsed.GetValue(_leavePageReporting) ? null : preset.HoldOffPageReportingAt,
            MinBuffers = parsed.GetValue(_buffers) ?? preset.MinBuffers,
            RoundsPerBuffer = parsed.GetValue(_roundsPerBuffer) ?? preset.RoundsPerBuffer,
            FreshBufferMaxSamples = parsed.GetValue(_maxSamples) is null ? preset.FreshBufferMaxSamples : null,
            MemoryMarginBytes = marginMib >= 0 ? (long)(marginMib * 1024 * 1024) : null,
            TestBufferScale = parsed.GetValue(_testBufferScale) ?? 1,
        };
        if (!NativeSweep.SelectsAnything(options))
            throw new UsageException($"--filter {string.Join(",", filters)} matches no point (see --list for the ids)");
        return options;
    }

    private static Option<T> HiddenOption<T>(Option<T> option)
    {
        option.Hidden = true;
        return option;
    }

    private static IReadOnlyList<long> ParseSizes(string text)
    {
        try
        {
            IReadOnlyList<long> sizes = ByteSize.ParseList(text);
            // Buffers are 2 MiB aligned so THP and 4 KiB scenarios cover the same pages.
            if (sizes.FirstOrDefault(s => s % (2 * ByteSize.MiB) != 0) is > 0 and long odd)
                throw new FormatException($"size {ByteSize.Format(odd)} is not a multiple of 2 MiB");
            return sizes;
        }
        catch (FormatException e)
        {
            throw new UsageException($"option --sizes: {e.Message}");
        }
    }

    private static IReadOnlyList<int> ParseMthp(string? text)
    {
        if (text is null)
            return [];
        // The sweep writes the mTHP knobs in sysfs; without root it could only
        // fail after measuring everything else, so refuse now.
        if (!Environment.IsPrivilegedProcess)
            throw new UsageException("option --mthp: writing the mTHP knobs (/sys/kernel/mm/transparent_hugepage/hugepages-<N>kB/enabled) needs root; run as root or leave out --mthp");
        IReadOnlyList<int> available = new ThpSysfs().MthpSizes;
        var sizes = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string digits = part.TrimEnd('B', 'b').TrimEnd('K', 'k');
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int kib) || kib <= 4)
                throw new UsageException($"option --mthp: '{part}' is not a folio size in KiB (e.g. 64)");
            if (kib == 2048)
                throw new UsageException("option --mthp: 2048 KiB folios are PMD-mapped THP, which the anon-thp scenarios measure");
            if (!available.Contains(kib))
                throw new UsageException($"option --mthp: this kernel has no {kib} kB mTHP size (available: {string.Join(",", available)})");
            sizes.Add(kib);
        }
        return sizes.Distinct().ToList();
    }
}
