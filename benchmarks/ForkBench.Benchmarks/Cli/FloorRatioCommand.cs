using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ForkBench.Benchmarks.Model;
using ForkBench.Kernel.Fork;
using ForkBench.Scenarios;

namespace ForkBench.Benchmarks.Cli;

/// <summary>
/// A model fork as a multiple of the physical floor with the write-protect,
/// measured in one run as paired rounds: each round times one floor pass and
/// one fork back to back, and the figure is the median of the per-round
/// ratios. Both are the model suite's own benchmark classes, driven as
/// BenchmarkDotNet drives them (global setup, then per fork an untimed
/// reset and the timed fork), so the figure measures exactly their code.
/// </summary>
public sealed class FloorRatioCommand : ForkBenchCommand
{
    public const int DefaultRounds = 60;

    /// <summary>The fewest rounds whose median has a 95% interval.</summary>
    public const int MinimumRounds = 6;

    public const string DefaultVariant = "v5.8";

    private readonly Option<int?> _rounds = CommandOptions.Integer("rounds", "n",
        $"paired rounds counted (default {DefaultRounds}; at least {MinimumRounds}, the fewest with a 95% interval of the median)",
        MinimumRounds, 100_000);

    private readonly Option<string> _variant = CommandOptions.Text("variant", "id",
        $"the copy variant that forks (default {DefaultVariant}): " + string.Join(", ", CopyVariant.All.Select(v => v.Id)));

    private readonly Option<string> _size = CommandOptions.Text("size", "size",
        $"process size, one the floor has: {SizeParam.Size64MiB} or {SizeParam.Size1GiB} (default {SizeParam.Size1GiB})");

    public FloorRatioCommand() : base("floor-ratio", "a model fork over the physical floor with the write-protect, paired in one run")
    {
        Options.Add(_rounds);
        Options.Add(_variant);
        Options.Add(_size);
        _variant.CompletionSources.Add(_ => CopyVariant.All.Select(v => new System.CommandLine.Completions.CompletionItem(v.Id)));
    }

    public override string Details =>
        """
        Times the model fork of an unpinned process of 4 KiB pages
        (model/fork-size/<variant>/anon-4k/pin=none/rss=<size>) against the
        physical floor with the write-protect (model/floor, Wrprotect=true,
        contiguous frames), in rounds: one floor pass, then an untimed reset and
        one fork, each timed with a Stopwatch, as the model suite times them.
        The first three rounds warm up and are not counted. Prints the median
        ns/PTE of each, the median of the per-round ratios fork / floor with
        its distribution-free 95% interval ("wide" past +-5%), and n. Both
        passes of a round see the machine in the same state (clock frequency,
        other load), so drift over the run cancels in the ratio. Progress goes
        to stderr. Exit codes: 0 measured, 2 bad usage (one line on stderr).
        """;

    protected override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        int rounds = parsed.GetValue(_rounds) ?? DefaultRounds;
        string variantId = parsed.GetValue(_variant) ?? DefaultVariant;
        CopyVariant variant = CopyVariant.FindById(variantId)
            ?? throw new UsageException($"--variant: unknown variant '{variantId}' (known: {string.Join(", ", CopyVariant.All.Select(v => v.Id))})");
        bool oneGiB = Size(parsed.GetValue(_size) ?? SizeParam.Size1GiB) == ByteSize.GiB;

        if (PairedFloorRounds.RefusalFor(variant, oneGiB) is { } refusal)
            throw new UsageException($"--variant: {refusal}");
        var clock = Stopwatch.StartNew();
        var progress = ProgressLine.For(error);
        try
        {
            progress.Show($"floor-ratio: setting up the {variant.Id} fork and the floor at {(oneGiB ? SizeParam.Size1GiB : SizeParam.Size64MiB)}");
            PairedFloorRounds measured = PairedFloorRounds.Measure(variant, oneGiB, rounds, (round, total) =>
            {
                if (round % Math.Max(1, total / 10) == 0)
                    progress.Show($"floor-ratio: round {round + 1}/{total} ({clock.Elapsed.TotalSeconds:F0} s)");
            });
            progress.Clear();

            var result = PairedFloorRatio.Of(measured.ForkNsPerPte, measured.FloorNsPerPte);
            output.WriteLine($"floor-ratio: {variant.Id} fork over the floor with the write-protect");
            output.WriteLine($"fork:  {measured.ForkId}");
            output.WriteLine($"floor: {measured.FloorId}");
            foreach (string line in result.Lines(variant.Id, PairedFloorRounds.WarmupRounds))
                output.WriteLine(line);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured in {clock.Elapsed.TotalSeconds:F1} s"));
            return ExitCodes.Success;
        }
        finally
        {
            progress.Clear();
        }
    }

    /// <summary>The bytes of a size the floor has (64 MiB or 1 GiB, however spelled).</summary>
    private static long Size(string text)
    {
        long bytes;
        try
        {
            bytes = ByteSize.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--size: {e.Message}");
        }
        return bytes == 64 * ByteSize.MiB || bytes == ByteSize.GiB
            ? bytes
            : throw new UsageException($"--size: the floor has {SizeParam.Size64MiB} and {SizeParam.Size1GiB} only, not '{text}'");
    }
}
