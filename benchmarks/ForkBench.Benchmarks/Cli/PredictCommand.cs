using System.CommandLine;
using ForkBench.Calibration.Documents;
using ForkBench.Calibration.Text;
using ForkBench.Calibration.Twins;
using ForkBench.Kernel.Fork;
using ForkBench.Native.Host;
using ForkBench.Results;
using ForkBench.Results.Hosts;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// <c>forkbench predict</c>: what a scenario's fork would cost on this host
/// under a copy variant, from the model's exact counts priced with this
/// host's cached calibration. A prediction, labelled as one, never a
/// measurement.
/// </summary>
public sealed class PredictCommand : ForkBenchCommand
{
    private readonly Option<string> _scenario = CommandOptions.Text("scenario", "tail",
        "the process, as an id tail: anon-4k/pin=all/rss=1gib, anon-thp/pin=first-1of64/rss=256mib, ...");

    private readonly Option<string> _variant = CommandOptions.Text("variant", "id",
        "the copy variant (default: the one that models this kernel): " + string.Join(", ", CopyVariant.All.Select(v => v.Id)));

    private readonly Option<bool> _allVariants = CommandOptions.Flag("all-variants", "a table over every variant");
    private readonly Option<string> _results = ResultsArguments.ResultsOption();

    public PredictCommand() : base("predict", "predicted fork cost of a scenario under any variant (needs calibrate)")
    {
        Options.Add(_scenario);
        Options.Add(_variant);
        Options.Add(_allVariants);
        Options.Add(_results);
        _variant.CompletionSources.Add(_ => CopyVariant.All.Select(v => new System.CommandLine.Completions.CompletionItem(v.Id)));
    }

    public override string Details =>
        """
        Builds the scenario in the kernel model, counts one fork exactly, and
        prices the counts with this host's calibration
        (results/calibration/<host-id>.json, written by 'calibrate'). Without
        --variant the variant is the one that models the running kernel;
        --all-variants prints every variant, proposals included. Each figure
        is a prediction, printed with the calibration's run and its held-out
        median error. A calibration of another kernel is used with a warning.
        Exit 2: no calibration of this host, or a scenario the model cannot
        build.
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error) =>
        ResultsArguments.Guard(Name, error, () =>
        {
            string tail = parsed.GetValue(_scenario)
                ?? throw new UsageException("option --scenario is required (a tail such as anon-4k/pin=all/rss=1gib)");
            string? variantId = parsed.GetValue(_variant);
            bool allVariants = parsed.GetValue(_allVariants);
            if (variantId is not null && allVariants)
                throw new UsageException("--variant and --all-variants exclude each other");
            ProcessScenario process = ParseScenario(tail);
            string resultsDirectory = ResultsArguments.ResultsDirectory(parsed.GetValue(_results));

            HostInfo host = HostInfoReader.ReadCurrent();
            string path = CalibrationFile.PathFor(resultsDirectory, host.Id);
            string[] calibrate = ["calibrate", .. ResultsArguments.ResultsOptionFor(resultsDirectory)];
            if (CalibrationFile.TryRead(path) is not { } calibration)
            {
                error.WriteLine($"forkbench predict: no calibration of this host in {ResultsArguments.Display(path)}; run: {PrintedCommand.Forkbench(calibrate)}");
                return ExitCodes.UsageOrDataError;
            }
            CalibrationWarnings.WarnIfKernelChanged(calibration, host, resultsDirectory, error);

            var twins = new ModelTwinCounter();
            string provenance = calibration.Provenance;
            if (allVariants)
            {
                output.WriteLine($"predicted: this kernel would fork {process.Tail} in");
                foreach (CopyVariant variant in CopyVariant.All)
                {
                    ModelTwin twin = twins.Count(process.Tail, variant);
                    if (twin.Counts is { } counts)
                        output.WriteLine($"  {TimeText.Duration(calibration.PredictNs(counts)),10}{(calibration.PredictionIsUndetermined(counts) ? "*" : " ")} under {variant.Id}");
                    else
                        WriteWrapped(output, $"  {"n/a",10}  under {variant.Id}:", twin.Refusal!, "              ");
                }
                WriteWrapped(output, "", $"({provenance})", " ");
                if (CopyVariant.All.Any(v => twins.Count(process.Tail, v).Counts is { } c && calibration.PredictionIsUndetermined(c)))
                    WriteWrapped(output, "", "* " + calibration.UndeterminedReason, "  ");
                return ExitCodes.Success;
            }

            CopyVariant chosen = variantId is not null
                ? CopyVariant.FindById(variantId) ?? throw new UsageException($"unknown variant '{variantId}' (known: {string.Join(", ", CopyVariant.All.Select(v => v.Id))})")
                : KernelReleaseMatch.For(host.KernelRelease) is { Variant: { } modelling } ? modelling
                : throw new ResultsDataException($"{KernelReleaseMatch.For(host.KernelRelease).Reason}; name one with --variant");
            ModelTwin one = twins.Count(process.Tail, chosen);
            if (one.Counts is not { } oneCounts)
                throw new ResultsDataException($"{process.Tail} under {chosen.Id}: {one.Refusal}");
            WriteWrapped(output, "predicted:",
                $"this kernel would fork {process.Tail} in {TimeText.Duration(calibration.PredictNs(oneCounts))} under {chosen.Id} ({provenance})",
                "  ");
            if (calibration.PredictionIsUndetermined(oneCounts))
                WriteWrapped(output, "", "note: " + calibration.UndeterminedReason, "  ");
            return ExitCodes.Success;
        });

    /// <summary>
    /// <paramref name="prefix"/> as given, then the words of <paramref name="text"/>
    /// wrapped to 80 columns, continuation lines after <paramref name="indent"/>.
    /// </summary>
    private static void WriteWrapped(TextWriter output, string prefix, string text, string indent)
    {
        var line = new System.Text.StringBuilder(prefix);
        bool fresh = prefix.Length == 0;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!fresh && line.Length + 1 + word.Length > CommandCatalog.HelpWidth)
            {
                output.WriteLine(line.ToString());
                line.Clear().Append(indent);
                fresh = true;
            }
            line.Append(fresh ? "" : " ").Append(word);
            fresh = false;
        }
        output.WriteLine(line.ToString());
    }

    private static ProcessScenario ParseScenario(string tail)
    {
        try
        {
            ProcessScenario process = ProcessScenario.ParseTail(tail);
            return process.Problem is { } problem ? throw new UsageException($"--scenario {tail}: {problem}") : process;
        }
        catch (FormatException e)
        {
            throw new UsageException($"--scenario: {e.Message}");
        }
    }
}
