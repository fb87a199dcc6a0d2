using System.CommandLine;
using ForkBench.Benchmarks.Pipeline;

namespace ForkBench.Benchmarks.Cli;

/// <summary>The default run (no arguments): model and native quick suites, results, comparison, report.</summary>
public sealed class RunCommand : ForkBenchCommand
{
    private readonly Option<bool> _skipModel = CommandOptions.Flag("skip-model", "leave out the model suite");
    private readonly Option<bool> _skipNative = CommandOptions.Flag("skip-native", "leave out the native sweep");
    private readonly Option<string> _results = ResultsArguments.ResultsOption();

    public RunCommand() : base("run", "the quick default suite: model + native, compared with the baseline, reported")
    {
        Options.Add(_skipModel);
        Options.Add(_skipNative);
        Options.Add(_results);
    }

    public override string Details =>
        """
        The default run (what runs with no arguments), about 3-5 minutes on 2 cores:
          1. the quick native sweep (fork latency on this kernel, 64 MiB .. 1 GiB:
             4 KiB, io_uring-pinned, sticky, DONTFORK, MAP_SHARED, THP, ...),
             first, while the process is small;
          2. the quick model suite (BenchmarkDotNet, every copy variant, with the
             exact operation counts of each case);
          3. one result document in results/runs/<run id>.json;
          4. the comparison with this host's baseline in results/baselines/
             (or the command that records one);
          5. the report in results/reports/<run id>/: report.txt for a mailing
             list, and every plot as both SVG and PNG.
        The first line says where results go. Every folder written is checked
        before anything is measured; a run document that still cannot be
        written is saved in the temporary folder instead, and the path printed.
        Progress and the time left go to stderr. Ctrl-C (or SIGTERM) stops
        cleanly: children are reaped, buffers released, the native sweep stops
        after the current fork and the model suite after the current benchmark
        class; what was measured is kept, the run is marked incomplete (the
        report says so at the top, and 'baseline update' refuses it).

        Exit codes: 0 done; 2 bad usage, nothing measured, or an incomplete
        run; 130 interrupted (what was measured is written).
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        bool model = !parsed.GetValue(_skipModel);
        bool native = !parsed.GetValue(_skipNative);
        string results = ResultsArguments.ResultsDirectory(parsed.GetValue(_results));
        if (!model && !native)
            throw new UsageException("--skip-model and --skip-native leave nothing to run");

        using var stop = new StopSignals(error, "forkbench run: stopping after the current measurement; results so far are kept");
        return new RunPipeline(output, error).Run(model, native, results, stop.Token);
    }
}
