using System.CommandLine;
using ForkBench.Benchmarks.Explain;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Text;
using ForkBench.Calibration.Twins;
using ForkBench.Kernel.Fork;
using ForkBench.Native.Host;
using ForkBench.Native.Processes;
using ForkBench.Results;
using ForkBench.Results.Hosts;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench explain &lt;pid&gt;</c>: what the next fork() of a running
/// process is predicted to cost, which mappings the cost lies in, and what
/// would cut it. Reads /proc only: never stops, traces or forks the target.
/// </summary>
public sealed class ExplainCommand : ForkBenchCommand
{
    private readonly Argument<int> _pid = new("pid") { Description = "the process to explain (read from /proc; never stopped, traced or forked)" };
    private readonly Option<string> _variant = CommandOptions.Text("variant", "id", "price under this copy variant instead of the one that models this kernel");
    private readonly Option<bool> _layout = CommandOptions.Flag("layout", "also print every mapping as read from /proc");
    private readonly Option<bool> _json = CommandOptions.Flag("json", "print the explanation as JSON (the same figures) instead of text");
    private readonly Option<bool> _measure = CommandOptions.Flag("measure",
        "check the prediction: reproduce each costly mapping alone in a native buffer (never the target), fork it, and add up the measured costs");
    private readonly Option<string> _results = ResultsArguments.ResultsOption();

    public ExplainCommand() : base("explain", "predicted fork() cost of a process and what would cut it")
    {
        Arguments.Add(_pid);
        Options.Add(_variant);
        Options.Add(_layout);
        Options.Add(_measure);
        Options.Add(_json);
        Options.Add(_results);
    }

    public override string Details =>
        """
        Reads /proc/<pid>/smaps, status and the fdinfo of the process's io_uring
        rings (registered buffers are its pinned ranges), describes each mapping
        as a ForkBench scenario (mapping kind, folio size, pinned share,
        DONTFORK / WIPEONFORK), counts one fork of it exactly in the kernel
        model under the variant of the running kernel, and prices the counts
        with this host's calibration (results/calibration/<host-id>.json). With
        no calibration, one is fitted first from the newest complete run of
        this host, and explain says so. Each fix (MADV_DONTFORK,
        MADV_WIPEONFORK, MAP_SHARED, 4 KiB pages instead of THP, posix_spawn)
        is the same scenario changed and priced again. Every figure is a
        prediction; --measure reproduces each costly mapping alone in a native
        buffer (never the target), forks it and prints the measured cost beside
        the predicted one. --json prints the same figures as JSON. Needs Linux and read access to the process (its user, or
        root). Exit 2: no such process, no permission, not Linux, or nothing
        to calibrate from.
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error) =>
        ResultsArguments.Guard(Name, error, () =>
        {
            if (!OperatingSystem.IsLinux())
                throw new UsageException("explain reads /proc: it needs Linux");
            int pid = parsed.GetValue(_pid);
            if (pid <= 0)
                throw new UsageException($"'{pid}' is not a process id");
            string resultsDirectory = ResultsArguments.ResultsDirectory(parsed.GetValue(_results));

            ProcessLayout layout;
            try
            {
                layout = ProcessLayoutReader.Read(pid);
            }
            catch (ProcessReadException e)
            {
                throw new ResultsDataException(e.Message, e);
            }

            HostInfo host = HostInfoReader.ReadCurrent();
            CalibrationDocument calibration = Calibration(resultsDirectory, host, error);
            KernelReleaseMatch match = KernelReleaseMatch.For(host.KernelRelease);
            string? variantId = parsed.GetValue(_variant);
            CopyVariant variant = variantId is not null
                ? CopyVariant.FindById(variantId) ?? throw new UsageException($"unknown variant '{variantId}' (known: {string.Join(", ", CopyVariant.All.Select(v => v.Id))})")
                : match.Variant ?? throw new ResultsDataException($"{match.Reason}; name one with --variant");
            string reason = variantId is null ? match.Reason : $"{variant.Id} (chosen with --variant)";

            var explanation = new ForkCostExplainer(calibration, new ModelTwinCounter(), variant, reason).Explain(layout);
            if (parsed.GetValue(_json))
            {
                if (parsed.GetValue(_layout))
                    throw new UsageException("--json and --layout exclude each other (the JSON lists every resident mapping)");
                LayoutMeasurement? parts = parsed.GetValue(_measure) ? Measure(explanation, error, out _) : null;
                output.Write(ExplanationJsonWriter.Write(explanation, parts));
                return ExitCodes.Success;
            }
            ExplanationTextWriter.Write(explanation, output);
            if (parsed.GetValue(_measure))
                WriteMeasurement(explanation, output, error);
            if (parsed.GetValue(_layout))
            {
                output.WriteLine();
                output.Write(ProcessLayoutFormatter.Format(layout, all: true));
            }
            return ExitCodes.Success;
        });

    /// <summary>--measure: the costly mappings reproduced and forked one by one; Ctrl-C stops at the next fork, cleaned up.</summary>
    private static LayoutMeasurement Measure(ForkCostExplanation explanation, TextWriter error, out bool interrupted)
    {
        using var stop = new StopSignals(error, "forkbench explain: stopping after the current fork (children reaped, buffers released)");
        LayoutMeasurement measured = LayoutReproducer.Measure(explanation, text => error.WriteLine($"explain: {text}"), stop.Token);
        interrupted = stop.IsStopped;
        return measured;
    }

    private static void WriteMeasurement(ForkCostExplanation explanation, TextWriter output, TextWriter error)
    {
        LayoutMeasurement measured = Measure(explanation, error, out bool interrupted);
        output.WriteLine();
        output.WriteLine("Measured (each costly mapping reproduced alone and forked; marginal cost over a no-buffer fork):");
        foreach (var (tail, predicted, ns, skipped) in measured.Parts)
        {
            string what = ns is { } m
                ? $"measured {TimeText.Duration(m),9}, predicted {TimeText.Duration(predicted),9} ({(predicted - m) / m * 100:+0.0;-0.0}%)"
                : $"not measured: {skipped}";
            output.WriteLine($"  {tail,-30} {what}");
        }
        if (measured.Parts.Any(p => p.MeasuredNs is not null) && measured.MeasuredNs > 0)
        {
            output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"  sum: measured {TimeText.Duration(measured.MeasuredNs)}, predicted {TimeText.Duration(measured.PredictedNs)} ({(measured.PredictedNs - measured.MeasuredNs) / measured.MeasuredNs * 100:+0.0;-0.0}%)"));
            if (measured.FloorNs is { } floor)
                output.WriteLine($"  a no-buffer fork took {TimeText.Duration(floor)} on top, here");
        }
        if (interrupted)
            output.WriteLine("  (interrupted: the parts above are what was measured)");
    }

    /// <summary>This host's cached calibration; else one fitted now from the newest complete run, saying so.</summary>
    private static CalibrationDocument Calibration(string resultsDirectory, HostInfo host, TextWriter error)
    {
        string path = CalibrationFile.PathFor(resultsDirectory, host.Id);
        if (CalibrationFile.TryRead(path) is { } cached)
        {
            CalibrationWarnings.WarnIfKernelChanged(cached, host, resultsDirectory, error);
            return cached;
        }
        var run = CalibrateCommand.NewestRunWithMarginalPoints(resultsDirectory);
        error.WriteLine($"explain: no calibration of this host yet; fitting one from run {run.Run.Id} (about half a minute)");
        CalibrationDocument fitted = CalibrateCommand.Fit([run], error);
        string written = CalibrateCommand.Save(fitted, resultsDirectory);
        error.WriteLine($"explain: wrote {ResultsArguments.Display(written)}");
        return fitted;
    }
}
