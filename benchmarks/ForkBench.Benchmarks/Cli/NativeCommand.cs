using System.Globalization;
using System.Runtime.InteropServices;
using ForkBench.Native;
using ForkBench.Native.Host;
using ForkBench.Native.IoUring;
using ForkBench.Native.Memory;
using ForkBench.Native.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench native</c>: real fork latency on this kernel. The table goes
/// to stdout, progress and skip reasons to stderr. The measuring lives in
/// ForkBench.Native; this class only reads options and prints.
/// </summary>
public sealed class NativeCommand : ICommand
{
    /// <summary>Exit code after Ctrl-C (128 + SIGINT), partial results printed.</summary>
    public const int Interrupted = 130;

    private const long GiB = 1L << 30;

    public string Name => "native";

    public string Summary => "real fork() latency on this kernel: pinned buffers, THP, workarounds";

    public IReadOnlySet<string> FlagNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "quick", "cow", "list", "allow-large" };

    public string Help =>
        """
        Usage: forkbench native [options]

        Forks this process while it holds a buffer of each kind and size, with
        and without io_uring-pinned pages, and reports the median fork latency,
        the half-width of the median's 95% confidence interval, the quartiles,
        the cost over the floor (the same fork with no buffer), the fork's CPU
        time (robust on a busy machine), the first fork of a fresh buffer and
        the child's exit+reap, in ms. Linux x86-64.
        Without io_uring the pinned scenarios are skipped with the reason.

        Options:
          --quick               preset for the main pipeline: sizes 64M,256M,1G,
                                1 s per point, CI target 10% (under 2 minutes)
          --sizes <list>        "64M,256M,1G" or a doubling range "64M..1G"
                                (default 64M..1G; a bare number is MiB;
                                multiples of 2 MiB)
          --allow-large         allow sizes above 1 GiB
          --filter <globs>      only scenarios whose id matches, comma-separated,
                                e.g. 'native/fork/anon-4k/*,*thp*'
          --mthp <KiB,...>      add mTHP scenarios for these folio sizes, e.g.
                                64,2048; writes hugepages-<N>kB/enabled for the
                                allocation only, then restores it (needs root)
          --cow                 also time the parent's first write to every
                                page after fork (COW faults)
          --budget <seconds>    time per point once --min-samples are in
                                (default 4; quick 1)
          --min-samples <n>     default 5
          --max-samples <n>     default 50 (quick 20)
          --ci-width <fraction> stop a point once (CI upper - lower) / median is
                                below this (default 0.05; quick 0.10)
          --child-timeout <s>   kill and discard a child not gone after this
                                (default 30)
          --margin <MiB>        memory always left free (default: the larger of
                                1 GiB and 10% of MemTotal)
          --json <path>         also write every sample as JSON (atomically)
          --list                print the points that would run, and exit

        Exit codes: 0 done; 2 bad usage, memory refusal or a failed run;
        130 interrupted (partial results are still printed and written).
        """;

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error)
    {
        NativeSweepOptions options = ReadOptions(arguments);
        string? jsonPath = arguments.Option("json");
        bool list = arguments.Flag("list");
        arguments.ThrowOnUnused();
        if (arguments.Positional.Count > 0)
            throw new UsageException($"unexpected argument '{arguments.Positional[0]}'");
        if (jsonPath is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(jsonPath))))
            throw new UsageException($"option --json: the directory of '{jsonPath}' does not exist");

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
        return Sweep(options, jsonPath, output, error);
    }

    private static int Sweep(NativeSweepOptions options, string? jsonPath, TextWriter output, TextWriter error)
    {
        using var cancel = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            // Keep the process alive: the sweep stops at the next fork boundary and cleans up.
            context.Cancel = true;
            error.WriteLine("forkbench native: stopping after the current fork (children reaped, buffers released, THP knobs restored)");
            cancel.Cancel();
        }
        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        NativeSweepResult result = new NativeSweep(options, progress: p => error.WriteLine(NativeProgressFormatter.Format(p)))
            .Run(cancel.Token);

        output.Write(NativeTableFormatter.Format(result));
        bool written = true;
        if (jsonPath is not null)
        {
            try
            {
                NativeResultJson.WriteAtomic(result, jsonPath);
                error.WriteLine($"forkbench native: wrote {jsonPath}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"forkbench native: could not write {jsonPath}: {e.Message}");
                written = false;
            }
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"forkbench native: finished in {result.Duration.TotalSeconds:0} s"));
        if (cancel.IsCancellationRequested)
            return Interrupted;
        return result.Incomplete || !written ? ExitCodes.UsageOrDataError : ExitCodes.Success;
    }

    private static NativeSweepOptions ReadOptions(CommandArguments arguments)
    {
        NativeSweepOptions preset = arguments.Flag("quick") ? NativeSweepOptions.Quick : NativeSweepOptions.Default;
        string? sizeText = arguments.Option("sizes");
        IReadOnlyList<long> sizes = sizeText is null ? preset.SizesBytes : ParseSizes(sizeText);
        if (!arguments.Flag("allow-large") && sizes.Any(s => s > GiB))
            throw new UsageException("sizes above 1 GiB need --allow-large (a pinned fork copies the whole buffer)");

        IReadOnlyList<int> mthp = ParseMthp(arguments.Option("mthp"));
        IReadOnlyList<string> filters = arguments.Options("filter")
            .SelectMany(f => f.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        IReadOnlyList<NativeScenario> scenarios = ScenarioCatalog.Filter(ScenarioCatalog.Default(mthp), filters);
        if (scenarios.Count == 0)
            throw new UsageException($"--filter {string.Join(",", filters)} matches no scenario (see --list)");

        var rule = preset.StopRule with
        {
            Budget = TimeSpan.FromSeconds(arguments.Double("budget", preset.StopRule.Budget.TotalSeconds, 0, 3600)),
            MinSamples = arguments.Int("min-samples", preset.StopRule.MinSamples, 1, 10_000),
            TargetRelativeCiWidth = arguments.Double("ci-width", preset.StopRule.TargetRelativeCiWidth, 0, 10),
        };
        rule = rule with { MaxSamples = arguments.Int("max-samples", Math.Max(rule.MaxSamples, rule.MinSamples), rule.MinSamples, 100_000) };
        double marginMib = arguments.Double("margin", -1, 0, 1 << 30);

        bool custom = sizeText is not null || filters.Count > 0 || mthp.Count > 0;
        return preset with
        {
            Preset = custom ? $"{preset.Preset}+custom" : preset.Preset,
            SizesBytes = sizes,
            Scenarios = scenarios,
            StopRule = rule,
            ChildTimeout = TimeSpan.FromSeconds(arguments.Double("child-timeout", preset.ChildTimeout.TotalSeconds, 0.1, 3600)),
            MeasureCowWrites = arguments.Flag("cow"),
            MemoryMarginBytes = marginMib >= 0 ? (long)(marginMib * 1024 * 1024) : null,
        };
    }

    private static IReadOnlyList<long> ParseSizes(string text)
    {
        try
        {
            return SizeListParser.Parse(text);
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
        IReadOnlyList<int> available = new ThpSysfs().MthpSizes;
        var sizes = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string digits = part.TrimEnd('B', 'b').TrimEnd('K', 'k');
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int kib) || kib <= 4)
                throw new UsageException($"option --mthp: '{part}' is not a folio size in KiB (e.g. 64)");
            if (!available.Contains(kib))
                throw new UsageException($"option --mthp: this kernel has no {kib} kB mTHP size (available: {string.Join(",", available)})");
            sizes.Add(kib);
        }
        return sizes.Distinct().ToList();
    }
}
