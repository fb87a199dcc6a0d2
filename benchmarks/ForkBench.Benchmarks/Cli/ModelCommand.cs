using System.CommandLine;
using BenchmarkDotNet.Running;
using ForkBench.Benchmarks.Model;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// Runs the BenchmarkDotNet model suite with <see cref="ModelConfig"/>:
/// --quick (the default) or --full chooses the preset; every other argument
/// goes to BenchmarkDotNet unchanged. With no BenchmarkDotNet argument the
/// whole suite of the preset runs.
/// </summary>
public sealed class ModelCommand : ForkBenchCommand
{
    private readonly Option<bool> _quick = CommandOptions.Flag("quick",
        "the default: in-process job, key cases, about 3 minutes on 2 cores");

    private readonly Option<bool> _full = CommandOptions.Flag("full",
        "the job for publication: a process per case, more iterations, every variant, 4 GiB sizes (takes hours)");

    /// <summary>
    /// Everything after the first word that is not --quick/--full, in its
    /// order, for BenchmarkDotNet's own parser: its options are not declared
    /// here, so they would otherwise be reported as unknown.
    /// </summary>
    private readonly Argument<string[]> _benchmarkArguments = new("BenchmarkDotNet arguments")
    {
        Description = "--filter '*Fork*', --list flat, --job short, --exporters json, ... (passed on unchanged)",
        Arity = ArgumentArity.ZeroOrMore,
        CaptureRemainingTokens = true,
    };

    public ModelCommand() : base("model", "BenchmarkDotNet over the kernel model (arguments go to BenchmarkDotNet)")
    {
        Options.Add(_quick);
        Options.Add(_full);
        Arguments.Add(_benchmarkArguments);
    }

    /// <summary>The options that choose the preset; every other argument is BenchmarkDotNet's.</summary>
    public IReadOnlySet<string> FlagNames => new HashSet<string>([_quick.Name[2..], _full.Name[2..]], StringComparer.Ordinal);

    public override string Details =>
        """
        Runs the model benchmarks with BenchmarkDotNet. Every BenchmarkDotNet
        switch works: --filter '*Fork*', --list flat, --job short, --exporters json.
        --filter also takes ForkBench ids as the benchmark table prints them,
        e.g. 'model/floor/*'. With no filter, the whole suite of the preset runs.
        An option BenchmarkDotNet does not know, or a filter that matches no
        benchmark, is an error (exit 2).

        Results (JSON, CSV, Markdown, HTML) go to results/runs/model-<timestamp>/.
        A --job on the command line replaces the preset's job.
        """;

    protected override int Run(ParseResult parseResult, TextWriter output, TextWriter error)
    {
        string[] presets = [.. new[] { _quick, _full }.Where(o => parseResult.GetValue(o)).Select(o => o.Name)];
        var (preset, benchmarkArgs) = ParsePreset([.. presets, .. parseResult.GetValue(_benchmarkArguments) ?? []]);
        BenchmarkArguments parsed = BenchmarkArguments.Parse(benchmarkArgs);
        ModelParams.Current = preset;
        bool commandLineJob = benchmarkArgs.Any(a => a is "--job" or "-j" or "--inProcess" or "-i" || a.StartsWith("--job=", StringComparison.Ordinal));
        string artifacts = ModelConfig.DefaultArtifactsPath(DateTime.UtcNow);
        var config = ModelConfig.Create(preset, withJob: !commandLineJob, artifacts);
        if (parsed.IdGlobs.Count > 0)
            config = BenchmarkDotNet.Configs.ManualConfig.Create(config).AddFilter(new ModelIdFilter(parsed.IdGlobs));
        if (!parsed.Lists && CountSelected(config, parsed.NameGlobs) == 0)
        {
            error.WriteLine($"forkbench model: the filter matches no model benchmark: {string.Join(' ', benchmarkArgs)} (see model --list flat for names; ids such as model/floor/* work too)");
            return ExitCodes.UsageOrDataError;
        }
        if (!parsed.Lists)
            output.WriteLine($"results: {ResultsArguments.Display(artifacts)}");
        var summaries = BenchmarkSwitcher.FromTypes([.. ModelSuite.Types]).Run(parsed.PassedOn, config).ToList();
        if (summaries.Any(s => s.HasCriticalValidationErrors))
            return ExitCodes.UsageOrDataError;
        if (!parsed.Lists)
        {
            // The model config always exports BenchmarkDotNet's full JSON, which import reads.
            output.WriteLine("To turn this run into a run document (then compare it, or record it as a baseline):");
            output.WriteLine("  " + PrintedCommand.Forkbench("import", ResultsArguments.Display(artifacts)));
        }
        return ExitCodes.Success;
    }

    /// <summary>The benchmark cases the config's filters and the --filter globs select, counted before BenchmarkDotNet runs.</summary>
    private static int CountSelected(BenchmarkDotNet.Configs.IConfig config, IReadOnlyList<string> nameGlobs)
    {
        var filtered = BenchmarkDotNet.Configs.ManualConfig.Create(config);
        if (nameGlobs.Count > 0)
            filtered.AddFilter(new BenchmarkDotNet.Filters.GlobFilter([.. nameGlobs]));
        return ModelSuite.Types.Sum(type => BenchmarkConverter.TypeToBenchmarks(type, filtered).BenchmarksCases.Length);
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
