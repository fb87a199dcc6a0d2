using System.Runtime.InteropServices;
using ForkBench.Benchmarks.Pipeline;

namespace ForkBench.Benchmarks.Cli;

/// <summary>The default run (no arguments): model and native quick suites, results, comparison, report.</summary>
public sealed class RunCommand : ICommand
{
    public string Name => "run";

    public string Summary => "the quick default suite: model + native, compared with the baseline, reported";

    public string Help =>
        """
        Usage: forkbench run [--skip-model] [--skip-native]

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
        Progress and the time left go to stderr. Ctrl-C stops cleanly: children
        are reaped, buffers released, and what was measured is kept and marked
        incomplete.

          --skip-model    leave out the model suite
          --skip-native   leave out the native sweep
        """;

    public IReadOnlySet<string> FlagNames { get; } = new HashSet<string> { "skip-model", "skip-native" };

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error)
    {
        bool model = !arguments.Flag("skip-model");
        bool native = !arguments.Flag("skip-native");
        arguments.ThrowOnUnused();
        if (arguments.Positional.Count > 0)
            throw new UsageException($"unexpected argument '{arguments.Positional[0]}'");
        if (!model && !native)
            throw new UsageException("--skip-model and --skip-native leave nothing to run");

        using var cancel = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            error.WriteLine("forkbench run: stopping after the current measurement; results so far are kept");
            cancel.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        return new RunPipeline(output, error).Run(model, native, cancel.Token);
    }
}
