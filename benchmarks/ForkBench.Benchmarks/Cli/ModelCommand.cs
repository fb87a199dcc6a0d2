using BenchmarkDotNet.Running;
using ForkBench.Benchmarks.Model;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Runs the BenchmarkDotNet model suite with <see cref="ModelConfig"/>:
/// --quick (the default) or --full chooses the preset; every other argument
/// goes to BenchmarkDotNet unchanged. With no BenchmarkDotNet argument the
/// whole suite of the preset runs.
/// </summary>
public sealed class ModelCommand : ICommand
{
    private static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { "quick", "full" };

    public string Name => "model";

    public string Summary => "BenchmarkDotNet over the kernel model (arguments go to BenchmarkDotNet)";

    public string Help =>
        """
        Usage: forkbench model [--quick | --full] [BenchmarkDotNet arguments]

        Runs the model benchmarks with BenchmarkDotNet. Every BenchmarkDotNet
        switch works: --filter '*Fork*', --list flat, --job short, --exporters json.
        With no filter, the whole suite of the preset runs.

          --quick   the default: in-process job, key cases, about 3 minutes on 2 cores
          --full    the job for publication: a process per case, more iterations,
                    every variant, 4 GiB sizes (takes hours)

        Results (JSON, CSV, Markdown, HTML) go to results/runs/model-<timestamp>/.
        A --job on the command line replaces the preset's job.
        """;

    public IReadOnlySet<string> FlagNames => Flags;

    public int Run(CommandArguments arguments, TextWriter output, TextWriter error)
    {
        var (preset, benchmarkArgs) = ParsePreset(arguments.Raw);
        ModelParams.Current = preset;
        bool commandLineJob = benchmarkArgs.Any(a => a is "--job" or "-j" or "--inProcess" or "-i" || a.StartsWith("--job=", StringComparison.Ordinal));
        if (benchmarkArgs.Length == 0)
            benchmarkArgs = ["--filter", "*"];
        var config = ModelConfig.Create(preset, withJob: !commandLineJob, ModelConfig.DefaultArtifactsPath(DateTime.UtcNow));
        var summaries = BenchmarkSwitcher.FromTypes([.. ModelSuite.Types]).Run(benchmarkArgs, config).ToList();
        return summaries.Any(s => s.HasCriticalValidationErrors) ? ExitCodes.UsageOrDataError : ExitCodes.Success;
    }

    /// <summary>Takes --quick / --full out of the arguments; the rest are BenchmarkDotNet's.</summary>
    public static (ModelPreset Preset, string[] BenchmarkArguments) ParsePreset(IReadOnlyList<string> args)
    {
        bool quick = args.Contains("--quick"), full = args.Contains("--full");
        if (quick && full)
            throw new UsageException("--quick and --full exclude each other");
        return (full ? ModelPreset.Full : ModelPreset.Quick, args.Where(a => a is not "--quick" and not "--full").ToArray());
    }
}
